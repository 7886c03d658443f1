package dev.sessionhost.plugins.domaintrust;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.TrustTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Checks that the host's domain still accepts the machine account, so users can authenticate;
 * settings {@code realm}, {@code keytab} and {@code domainController} say whom to ask.
 *
 * <p>Membership is read first and the trust is tested only on a joined host. Error codes: 1 not
 * joined, so there is no trust to test; 2 the domain refused the machine account.
 */
@Extension
public final class DomainTrustCheck implements HealthCheck {

  /** Failure code: the host is not a member of any domain. */
  public static final int NOT_JOINED = 1;

  /** Failure code: the domain refused the machine's credentials. */
  public static final int TRUST_REFUSED = 2;

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("DomainTrustCheck")
          .displayName("Domain trust")
          .verifies(
              "the domain still accepts the host's machine account, so users can authenticate to it")
          .severity(Severity.FATAL)
          .remediation(
              "Test the machine account with adcli testjoin (or kinit -k); if the domain refuses it,"
                  + " reset the account by leaving and joining again (realm leave, then realm join"
                  + " <domain>), and check that the clock is in sync (timedatectl) and a domain"
                  + " controller is reachable on ports 88 and 389.")
          .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    DirectoryTarget target = DirectoryTarget.from(context.settings());
    DirectoryProbe directory = context.probe(DirectoryProbe.class);
    DomainMembership membership = directory.membership(target);
    if (!membership.joined()) {
      return CheckVerdict.failed(
          NOT_JOINED,
          "not joined to a domain, so there is no trust to test (looked at "
              + String.join(", ", membership.sources())
              + ")");
    }
    TrustTest trust = directory.testTrust(target);
    String answer = trust.answer().isBlank() ? "no reason given" : trust.answer().strip();
    Map<String, String> details = new LinkedHashMap<>();
    if (!membership.realm().isEmpty()) {
      details.put("realm", membership.realm());
    }
    details.put("method", trust.method());
    details.put("answer", answer);
    if (!trust.trusted()) {
      return CheckVerdict.failed(
          TRUST_REFUSED,
          "the domain refused the machine account: " + answer + " (tried " + trust.method() + ")",
          details);
    }
    return CheckVerdict.passed(
        "the domain accepts the machine account (tried " + trust.method() + ": " + answer + ")",
        details);
  }
}
