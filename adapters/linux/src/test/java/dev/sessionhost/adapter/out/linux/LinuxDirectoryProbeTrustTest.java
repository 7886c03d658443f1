package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.TrustTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxDirectoryProbeTrustTest {

  @TempDir Path root;
  private Path etc;
  private Path keytab;
  private FakeRunner runner;
  private LinuxDirectoryProbe probe;

  @BeforeEach
  void setUp() throws IOException {
    etc = Files.createDirectories(root.resolve("etc"));
    keytab = etc.resolve("krb5.keytab");
    runner = new FakeRunner();
    probe =
        new LinuxDirectoryProbe(
            LinuxEnvironmentOptions.rootedAt(root.resolve("proc"), etc), runner);
  }

  @Test
  void aFreshTicketForTheMachinePrincipalMeansTrusted() throws IOException {
    LinuxDirectoryProbeMembershipTest.keytab(keytab);
    runner.prints("klist -k " + keytab, Recorded.text("klist-k.txt"));
    String kinit = "kinit -k -t " + keytab + " HOST01$@CORP.EXAMPLE.COM";
    runner.prints(kinit, "");

    TrustTest test = probe.testTrust();

    assertThat(test.trusted()).isTrue();
    assertThat(test.method()).isEqualTo(kinit);
    assertThat(test.answer())
        .isEqualTo("the directory issued a ticket for HOST01$@CORP.EXAMPLE.COM");
    FakeRunner.Call call = runner.calls().get(1);
    assertThat(call.commandLine()).isEqualTo(kinit);
    assertThat(call.environment().get("KRB5CCNAME")).startsWith("MEMORY:");
  }

  @Test
  void aRefusedTicketIsUntrustedWithTheDirectorysWords() throws IOException {
    LinuxDirectoryProbeMembershipTest.keytab(keytab);
    runner.prints("klist -k " + keytab, Recorded.text("klist-k.txt"));
    runner.answers(
        "kinit -k -t " + keytab + " HOST01$@CORP.EXAMPLE.COM",
        1,
        "",
        Recorded.text("kinit-client-not-found.txt"));

    TrustTest test = probe.testTrust();

    assertThat(test.trusted()).isFalse();
    assertThat(test.answer())
        .isEqualTo(
            "kinit: Client 'HOST01$@CORP.EXAMPLE.COM' not found in Kerberos database while"
                + " getting initial credentials");
  }

  @Test
  void theTargetRealmChoosesTheMachinePrincipal() throws IOException {
    LinuxDirectoryProbeMembershipTest.keytab(keytab);
    runner.prints("klist -k " + keytab, Recorded.text("klist-k.txt"));
    runner.prints("kinit -k -t " + keytab + " HOST01$@LAB.EXAMPLE.ORG", "");

    TrustTest test = probe.testTrust(new DirectoryTarget("LAB.EXAMPLE.ORG", "", ""));

    assertThat(test.trusted()).isTrue();
    assertThat(test.method()).endsWith("HOST01$@LAB.EXAMPLE.ORG");
  }

  @Test
  void withoutAMachinePrincipalAdcliTestsTheJoinAgainstTheNamedController() throws IOException {
    LinuxDirectoryProbeMembershipTest.keytab(keytab);
    Recorded.copy("sssd.conf", etc.resolve("sssd/sssd.conf"));
    runner.prints("klist -k " + keytab, Recorded.text("klist-k-services-only.txt"));
    String adcli =
        "adcli testjoin --domain CORP.EXAMPLE.COM --domain-controller dc1.corp.example.com"
            + " --host-keytab "
            + keytab;
    runner.prints(adcli, Recorded.text("adcli-testjoin-success.txt"));

    TrustTest test = probe.testTrust(new DirectoryTarget("", "", "dc1.corp.example.com"));

    assertThat(test.trusted()).isTrue();
    assertThat(test.method()).isEqualTo(adcli);
    assertThat(test.answer()).isEqualTo("Successfully validated join to domain corp.example.com");
  }

  @Test
  void adcliIsUsedWhenKinitIsNotInstalled() throws IOException {
    LinuxDirectoryProbeMembershipTest.keytab(keytab);
    runner.prints("klist -k " + keytab, Recorded.text("klist-k.txt"));
    String adcli = "adcli testjoin --domain CORP.EXAMPLE.COM --host-keytab " + keytab;
    runner.answers(adcli, 1, "", Recorded.text("adcli-testjoin-refused.txt"));

    TrustTest test = probe.testTrust(new DirectoryTarget("CORP.EXAMPLE.COM", "", ""));

    assertThat(test.trusted()).isFalse();
    assertThat(test.method()).isEqualTo(adcli);
    assertThat(test.answer()).contains("Couldn't authenticate with keytab");
  }

  @Test
  void noToolAtAllCannotTestTheTrust() throws IOException {
    LinuxDirectoryProbeMembershipTest.keytab(keytab);

    assertThatThrownBy(() -> probe.testTrust())
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "cannot test the trust: kinit cannot be used (klist is not installed) and adcli is"
                + " not installed");
  }

  @Test
  void aMissingKeytabIsNamedAndNothingRuns() {
    assertThatThrownBy(() -> probe.testTrust())
        .isInstanceOf(ProbeException.class)
        .hasMessage("cannot test the trust: machine keytab " + keytab + ": no such file");
    assertThat(runner.calls()).isEmpty();
  }

  @Test
  void aKeytabThatIsAFolderCannotBeUsed() throws IOException {
    Path folder = Files.createDirectories(root.resolve("keytab-folder"));

    assertThatThrownBy(() -> probe.testTrust(new DirectoryTarget("", folder.toString(), "")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining(folder + ": not a file");
  }
}
