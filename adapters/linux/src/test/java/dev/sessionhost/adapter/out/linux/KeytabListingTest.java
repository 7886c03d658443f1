package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeytabListingTest {

  @Test
  void findsTheFirstMachinePrincipal() {
    assertThat(KeytabListing.machinePrincipal(Recorded.text("klist-k.txt"), ""))
        .contains("HOST01$@CORP.EXAMPLE.COM");
  }

  @Test
  void restrictsToTheRealmAskedForIgnoringCase() {
    assertThat(KeytabListing.machinePrincipal(Recorded.text("klist-k.txt"), "lab.example.org"))
        .contains("HOST01$@LAB.EXAMPLE.ORG");
    assertThat(KeytabListing.machinePrincipal(Recorded.text("klist-k.txt"), "OTHER.NET")).isEmpty();
  }

  @Test
  void readsListingsWithTimestampsAndEncryptionTypes() {
    assertThat(KeytabListing.machinePrincipal(Recorded.text("klist-k-timestamps.txt"), ""))
        .contains("HOST01$@CORP.EXAMPLE.COM");
  }

  @Test
  void findsTheMachinePrincipalOfAKeytabWrittenByAdcliJoin() {
    assertThat(
            KeytabListing.machinePrincipal(
                Recorded.text("samba/klist-k-adcli-join.txt"), "LAB.SESSIONHOST.TEST"))
        .contains("HOST1$@LAB.SESSIONHOST.TEST");
  }

  @Test
  void serviceOnlyKeytabsHoldNoMachinePrincipal() {
    assertThat(KeytabListing.machinePrincipal(Recorded.text("klist-k-services-only.txt"), ""))
        .isEmpty();
  }
}
