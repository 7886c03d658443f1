package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RealmListEntryTest {

  @Test
  void readsAnSssdMembershipFromRealmList() {
    List<RealmListEntry> entries = RealmListEntry.parse(Recorded.text("realm-list-sssd.txt"));

    assertThat(entries).hasSize(1);
    RealmListEntry entry = entries.get(0);
    assertThat(entry.realm()).isEqualTo("CORP.EXAMPLE.COM");
    assertThat(entry.domain()).isEqualTo("corp.example.com");
    assertThat(entry.configured()).isEqualTo("kerberos-member");
    assertThat(entry.isConfigured()).isTrue();
    assertThat(entry.clientSoftware()).isEqualTo("sssd");
  }

  @Test
  void readsAWinbindMembership() {
    RealmListEntry entry = RealmListEntry.parse(Recorded.text("realm-list-winbind.txt")).get(0);

    assertThat(entry.realm()).isEqualTo("AD.CONTOSO.COM");
    assertThat(entry.clientSoftware()).isEqualTo("winbind");
    assertThat(entry.isConfigured()).isTrue();
  }

  @Test
  void emptyOutputMeansNoRealm() {
    assertThat(RealmListEntry.parse(Recorded.text("realm-list-empty.txt"))).isEmpty();
  }

  @Test
  void aDiscoveredRealmIsNotAConfiguredOne() {
    RealmListEntry entry = RealmListEntry.parse(Recorded.text("realm-list-discovered.txt")).get(0);

    assertThat(entry.name()).isEqualTo("lab.example.org");
    assertThat(entry.isConfigured()).isFalse();
  }

  @Test
  void aRealmWithoutRealmNameIsNamedByItsHeadingInCapitals() {
    RealmListEntry entry =
        RealmListEntry.parse("example.net\n  configured: kerberos-member\n").get(0);

    assertThat(entry.realm()).isEqualTo("EXAMPLE.NET");
    assertThat(entry.domain()).isEqualTo("example.net");
  }
}
