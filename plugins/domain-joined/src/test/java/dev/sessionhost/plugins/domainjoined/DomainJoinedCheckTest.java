package dev.sessionhost.plugins.domainjoined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.TrustTest;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DomainJoinedCheckTest {

  private static final List<String> LOOKED_AT =
      List.of("realm list", "/etc/sssd/sssd.conf", "/etc/krb5.keytab");

  private final DomainJoinedCheck check = new DomainJoinedCheck();
  private final List<DirectoryTarget> asked = new ArrayList<>();

  @Test
  void describesAFatalCheckWithTheWireId() {
    assertThat(check.descriptor().id()).isEqualTo("DomainJoinedCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.FATAL);
    assertThat(check.descriptor().remediation()).contains("realm join");
  }

  @Test
  void passesWhenJoinedWithAKeytabNamingRealmKeytabAndSources() {
    CheckVerdict verdict =
        check.run(
            context(
                Map.of(),
                target ->
                    DomainMembership.joined("CORP.EXAMPLE.COM", "/etc/krb5.keytab", LOOKED_AT)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message())
        .isEqualTo(
            "joined to CORP.EXAMPLE.COM with keytab /etc/krb5.keytab (looked at realm list,"
                + " /etc/sssd/sssd.conf, /etc/krb5.keytab)");
    assertThat(verdict.details()).containsEntry("realm", "CORP.EXAMPLE.COM");
  }

  @Test
  void discoversEverythingByDefault() {
    check.run(context(Map.of(), target -> DomainMembership.notJoined(LOOKED_AT)));

    assertThat(asked).containsExactly(DirectoryTarget.DISCOVER);
  }

  @Test
  void asksAboutTheConfiguredRealmKeytabAndController() {
    Map<String, String> settings =
        Map.of(
            "realm",
            "CORP.EXAMPLE.COM",
            "keytab",
            "/etc/sssd/host.keytab",
            "domainController",
            "dc1");

    check.run(context(settings, target -> DomainMembership.notJoined(LOOKED_AT)));

    assertThat(asked)
        .containsExactly(new DirectoryTarget("CORP.EXAMPLE.COM", "/etc/sssd/host.keytab", "dc1"));
  }

  @Test
  void failsNamingWhatWasLookedAtWhenNotJoined() {
    CheckVerdict verdict =
        check.run(context(Map.of(), target -> DomainMembership.notJoined(LOOKED_AT)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(DomainJoinedCheck.NOT_JOINED);
    assertThat(verdict.message())
        .isEqualTo(
            "not joined to a domain: looked at realm list, /etc/sssd/sssd.conf, /etc/krb5.keytab");
  }

  @Test
  void failsWhenJoinedWithoutAMachineKeytab() {
    CheckVerdict verdict =
        check.run(
            context(
                Map.of(), target -> DomainMembership.joined("CORP.EXAMPLE.COM", "", LOOKED_AT)));

    assertThat(verdict.errorCode()).isEqualTo(DomainJoinedCheck.NO_KEYTAB);
    assertThat(verdict.message())
        .isEqualTo(
            "joined to CORP.EXAMPLE.COM but no machine keytab was found: looked at realm list,"
                + " /etc/sssd/sssd.conf, /etc/krb5.keytab");
  }

  @Test
  void failsWhenJoinedToAnotherRealmThanTheConfiguredOne() {
    CheckVerdict verdict =
        check.run(
            context(
                Map.of("realm", "CORP.EXAMPLE.COM"),
                target ->
                    DomainMembership.joined("LAB.EXAMPLE.COM", "/etc/krb5.keytab", LOOKED_AT)));

    assertThat(verdict.errorCode()).isEqualTo(DomainJoinedCheck.OTHER_REALM);
    assertThat(verdict.message())
        .startsWith("joined to LAB.EXAMPLE.COM, not to the configured realm CORP.EXAMPLE.COM");
  }

  @Test
  void comparesRealmsIgnoringCase() {
    CheckVerdict verdict =
        check.run(
            context(
                Map.of("realm", "corp.example.com"),
                target ->
                    DomainMembership.joined("CORP.EXAMPLE.COM", "/etc/krb5.keytab", LOOKED_AT)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
  }

  @Test
  void rejectsARealmThatIsNotTextNamingTheKey() {
    assertThatThrownBy(
            () ->
                check.run(
                    context(
                        Map.of("realm", List.of("A", "B")),
                        target -> DomainMembership.notJoined(LOOKED_AT))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'realm'");
    assertThat(asked).isEmpty();
  }

  @Test
  void letsAProbeFailurePropagate() {
    assertThatThrownBy(
            () ->
                check.run(
                    context(
                        Map.of(),
                        target -> {
                          throw new ProbeException("cannot run \"realm list\": exit code 2");
                        })))
        .isInstanceOf(ProbeException.class)
        .hasMessage("cannot run \"realm list\": exit code 2");
  }

  private CheckContext context(
      Map<String, ?> settings, Function<DirectoryTarget, DomainMembership> membership) {
    DirectoryProbe probe =
        new DirectoryProbe() {
          @Override
          public DomainMembership membership(DirectoryTarget target) {
            asked.add(target);
            return membership.apply(target);
          }

          @Override
          public TrustTest testTrust(DirectoryTarget target) {
            throw new AssertionError("the join check never tests the trust");
          }
        };
    return SimpleCheckContext.forCheck("DomainJoinedCheck")
        .settings(settings)
        .probe(DirectoryProbe.class, probe)
        .build();
  }
}
