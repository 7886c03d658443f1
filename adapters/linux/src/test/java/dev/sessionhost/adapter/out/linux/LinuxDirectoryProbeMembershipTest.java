package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.DomainMembership;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxDirectoryProbeMembershipTest {

  @TempDir Path root;
  private Path etc;
  private FakeRunner runner;
  private LinuxDirectoryProbe probe;

  @BeforeEach
  void setUp() throws IOException {
    etc = Files.createDirectories(root.resolve("etc"));
    runner = new FakeRunner();
    probe =
        new LinuxDirectoryProbe(
            LinuxEnvironmentOptions.rootedAt(root.resolve("proc"), etc), runner);
  }

  @Test
  void aHostWithNoJoinToolingOrConfigurationIsNotJoinedAndSaysWhatWasLookedAt() {
    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isFalse();
    assertThat(membership.realm()).isEmpty();
    assertThat(membership.sources())
        .containsExactly(
            "realm list: realmd is not installed",
            etc.resolve("sssd/sssd.conf") + ": no such file",
            etc.resolve("samba/smb.conf") + ": no such file",
            etc.resolve("krb5.conf") + ": no such file",
            etc.resolve("krb5.keytab") + ": no such file");
  }

  @Test
  void anSssdDomainWithAReadableKeytabIsJoined() throws IOException {
    Recorded.copy("sssd.conf", etc.resolve("sssd/sssd.conf"));
    keytab(etc.resolve("krb5.keytab"));

    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isTrue();
    assertThat(membership.realm()).isEqualTo("CORP.EXAMPLE.COM");
    assertThat(membership.keytab()).isEqualTo(etc.resolve("krb5.keytab").toString());
    assertThat(membership.sources())
        .contains(
            etc.resolve("sssd/sssd.conf")
                + ": [domain/corp.example.com] id_provider = ad, realm CORP.EXAMPLE.COM",
            etc.resolve("krb5.keytab") + ": readable");
  }

  @Test
  void anSssdDomainWithoutAKeytabIsNotJoinedAndNamesTheMissingKeytab() {
    Recorded.copy("sssd.conf", etc.resolve("sssd/sssd.conf"));

    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isFalse();
    assertThat(membership.realm()).isEqualTo("CORP.EXAMPLE.COM");
    assertThat(membership.keytab()).isEqualTo(etc.resolve("krb5.keytab").toString());
    assertThat(membership.sources()).contains(etc.resolve("krb5.keytab") + ": no such file");
  }

  @Test
  void anEmptyKeytabDoesNotMakeAMember() throws IOException {
    Recorded.copy("sssd.conf", etc.resolve("sssd/sssd.conf"));
    Files.createFile(etc.resolve("krb5.keytab"));

    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isFalse();
    assertThat(membership.sources()).contains(etc.resolve("krb5.keytab") + ": empty");
  }

  @Test
  void realmListNamesTheRealmAndItsClientSoftware() throws IOException {
    runner.prints("realm list", Recorded.text("realm-list-sssd.txt"));
    keytab(etc.resolve("krb5.keytab"));

    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isTrue();
    assertThat(membership.realm()).isEqualTo("CORP.EXAMPLE.COM");
    assertThat(membership.sources())
        .startsWith(
            "realm list: CORP.EXAMPLE.COM configured: kerberos-member, client-software: sssd");
  }

  @Test
  void aSambaAdsMemberIsJoinedEvenWhenRealmListIsEmpty() throws IOException {
    runner.prints("realm list", "");
    Recorded.copy("smb-ads.conf", etc.resolve("samba/smb.conf"));
    keytab(etc.resolve("krb5.keytab"));

    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isTrue();
    assertThat(membership.realm()).isEqualTo("AD.CONTOSO.COM");
    assertThat(membership.sources())
        .contains(
            "realm list: no realm configured",
            etc.resolve("samba/smb.conf")
                + ": security = ads, realm = AD.CONTOSO.COM, workgroup = CONTOSO");
  }

  @Test
  void aStandaloneSambaServerAndAnLdapSssdDomainAreNotMemberships() throws IOException {
    Recorded.copy("smb-standalone.conf", etc.resolve("samba/smb.conf"));
    Recorded.copy("sssd-ldap.conf", etc.resolve("sssd/sssd.conf"));
    Recorded.copy("krb5.conf", etc.resolve("krb5.conf"));
    keytab(etc.resolve("krb5.keytab"));

    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isFalse();
    assertThat(membership.sources())
        .contains(
            etc.resolve("samba/smb.conf") + ": security = user, not an AD member",
            etc.resolve("sssd/sssd.conf")
                + ": [domain/LDAP] id_provider = ldap: not a Kerberos domain",
            etc.resolve("krb5.conf") + ": default_realm = CORP.EXAMPLE.COM");
  }

  @Test
  void aFailingRealmListIsNotedAndTheFilesDecide() throws IOException {
    runner.answers(
        "realm list", 1, "", "realm: Couldn't connect to realm service: Could not connect");
    Recorded.copy("sssd.conf", etc.resolve("sssd/sssd.conf"));
    keytab(etc.resolve("krb5.keytab"));

    DomainMembership membership = probe.membership();

    assertThat(membership.joined()).isTrue();
    assertThat(membership.sources().get(0))
        .isEqualTo(
            "realm list: failed with exit code 1: realm: Couldn't connect to realm service:"
                + " Could not connect");
  }

  @Test
  void aTargetRealmRestrictsTheMembershipToThatRealm() throws IOException {
    Recorded.copy("sssd.conf", etc.resolve("sssd/sssd.conf"));
    keytab(etc.resolve("krb5.keytab"));

    DomainMembership other = probe.membership(new DirectoryTarget("OTHER.NET", "", ""));
    DomainMembership byDomain = probe.membership(new DirectoryTarget("corp.example.com", "", ""));

    assertThat(other.joined()).isFalse();
    assertThat(other.sources())
        .contains("realm OTHER.NET asked for: not configured (configured: CORP.EXAMPLE.COM)");
    assertThat(byDomain.joined()).isTrue();
    assertThat(byDomain.realm()).isEqualTo("CORP.EXAMPLE.COM");
  }

  @Test
  void aTargetKeytabReplacesTheDefault() throws IOException {
    Recorded.copy("sssd.conf", etc.resolve("sssd/sssd.conf"));
    Path custom = keytab(root.resolve("keytabs/host.keytab"));

    DomainMembership membership = probe.membership(new DirectoryTarget("", custom.toString(), ""));

    assertThat(membership.joined()).isTrue();
    assertThat(membership.keytab()).isEqualTo(custom.toString());
    assertThat(membership.sources()).contains(custom + ": readable");
  }

  static Path keytab(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    // the MIT keytab format starts with 0x05 0x02; the content is never parsed here
    return Files.write(path, new byte[] {5, 2, 0, 0, 0, 42});
  }
}
