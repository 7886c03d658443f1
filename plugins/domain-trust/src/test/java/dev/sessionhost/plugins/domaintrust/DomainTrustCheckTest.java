package dev.sessionhost.plugins.domaintrust;

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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DomainTrustCheckTest {

  private static final List<String> LOOKED_AT =
      List.of("realm list", "/etc/sssd/sssd.conf", "/etc/krb5.keytab");
  private static final DomainMembership JOINED =
      DomainMembership.joined("CORP.EXAMPLE.COM", "/etc/krb5.keytab", LOOKED_AT);

  private final DomainTrustCheck check = new DomainTrustCheck();
  private final List<String> asked = new ArrayList<>();

  @Test
  void describesAFatalCheckWithTheWireId() {
    assertThat(check.descriptor().id()).isEqualTo("DomainTrustCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.FATAL);
    assertThat(check.descriptor().remediation()).contains("adcli testjoin", "realm join");
  }

  @Test
  void passesWhenTheDomainAcceptsTheMachineAccount() {
    TrustTest ok = new TrustTest(true, "adcli testjoin", "Successfully validated join to domain");

    CheckVerdict verdict = check.run(context(Map.of(), JOINED, () -> ok));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message())
        .isEqualTo(
            "the domain accepts the machine account (tried adcli testjoin: Successfully"
                + " validated join to domain)");
    assertThat(verdict.details()).containsEntry("realm", "CORP.EXAMPLE.COM");
    assertThat(asked).containsExactly("membership", "trust");
  }

  @Test
  void failsWithTheDomainsAnswerAndTheMethodWhenTheAccountIsRefused() {
    TrustTest refused = new TrustTest(false, "kinit -k", "Client not found in Kerberos database");

    CheckVerdict verdict = check.run(context(Map.of(), JOINED, () -> refused));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(DomainTrustCheck.TRUST_REFUSED);
    assertThat(verdict.message())
        .isEqualTo(
            "the domain refused the machine account: Client not found in Kerberos database"
                + " (tried kinit -k)");
  }

  @Test
  void saysNoReasonWasGivenWhenTheRefusalIsSilent() {
    TrustTest refused = new TrustTest(false, "adcli testjoin", " ");

    CheckVerdict verdict = check.run(context(Map.of(), JOINED, () -> refused));

    assertThat(verdict.message())
        .isEqualTo(
            "the domain refused the machine account: no reason given (tried adcli testjoin)");
  }

  @Test
  void failsWithoutTestingTheTrustWhenTheHostIsNotJoined() {
    CheckVerdict verdict =
        check.run(
            context(
                Map.of(),
                DomainMembership.notJoined(LOOKED_AT),
                () -> {
                  throw new AssertionError("trust must not be tested on a host that is not joined");
                }));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(DomainTrustCheck.NOT_JOINED);
    assertThat(verdict.message())
        .isEqualTo(
            "not joined to a domain, so there is no trust to test (looked at realm list,"
                + " /etc/sssd/sssd.conf, /etc/krb5.keytab)");
    assertThat(asked).containsExactly("membership");
  }

  @Test
  void passesTheConfiguredTargetToBothQuestions() {
    List<DirectoryTarget> targets = new ArrayList<>();
    DirectoryProbe probe =
        new DirectoryProbe() {
          @Override
          public DomainMembership membership(DirectoryTarget target) {
            targets.add(target);
            return JOINED;
          }

          @Override
          public TrustTest testTrust(DirectoryTarget target) {
            targets.add(target);
            return new TrustTest(true, "kinit -k", "");
          }
        };
    Map<String, String> settings =
        Map.of(
            "realm", "CORP.EXAMPLE.COM", "keytab", "/etc/host.keytab", "domainController", "dc1");

    check.run(
        SimpleCheckContext.forCheck("DomainTrustCheck")
            .settings(settings)
            .probe(DirectoryProbe.class, probe)
            .build());

    DirectoryTarget expected = new DirectoryTarget("CORP.EXAMPLE.COM", "/etc/host.keytab", "dc1");
    assertThat(targets).containsExactly(expected, expected);
  }

  @Test
  void discoversEverythingByDefault() {
    List<DirectoryTarget> targets = new ArrayList<>();
    DirectoryProbe probe =
        new DirectoryProbe() {
          @Override
          public DomainMembership membership(DirectoryTarget target) {
            targets.add(target);
            return DomainMembership.notJoined(LOOKED_AT);
          }

          @Override
          public TrustTest testTrust(DirectoryTarget target) {
            throw new AssertionError("not joined");
          }
        };

    check.run(
        SimpleCheckContext.forCheck("DomainTrustCheck").probe(DirectoryProbe.class, probe).build());

    assertThat(targets).containsExactly(DirectoryTarget.DISCOVER);
  }

  @Test
  void letsAFailureToRunTheTrustTestPropagate() {
    assertThatThrownBy(
            () ->
                check.run(
                    context(
                        Map.of(),
                        JOINED,
                        () -> {
                          throw new ProbeException("cannot run \"adcli testjoin\": not installed");
                        })))
        .isInstanceOf(ProbeException.class)
        .hasMessage("cannot run \"adcli testjoin\": not installed");
  }

  @Test
  void rejectsAControllerThatIsNotTextNamingTheKey() {
    assertThatThrownBy(
            () ->
                check.run(
                    context(
                        Map.of("domainController", Map.of("host", "dc1")),
                        JOINED,
                        () -> new TrustTest(true, "kinit -k", ""))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'domainController'");
    assertThat(asked).isEmpty();
  }

  private CheckContext context(
      Map<String, ?> settings, DomainMembership membership, Supplier<TrustTest> trust) {
    DirectoryProbe probe =
        new DirectoryProbe() {
          @Override
          public DomainMembership membership(DirectoryTarget target) {
            asked.add("membership");
            return membership;
          }

          @Override
          public TrustTest testTrust(DirectoryTarget target) {
            asked.add("trust");
            return trust.get();
          }
        };
    return SimpleCheckContext.forCheck("DomainTrustCheck")
        .settings(settings)
        .probe(DirectoryProbe.class, probe)
        .build();
  }
}
