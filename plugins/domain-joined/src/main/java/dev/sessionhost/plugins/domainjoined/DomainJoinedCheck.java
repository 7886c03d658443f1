package dev.sessionhost.plugins.domainjoined;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Checks that the host is a member of a directory domain and holds a machine keytab; settings
 * {@code realm}, {@code keytab} and {@code domainController} narrow what is looked for.
 *
 * <p>Error codes: 1 not joined to any domain; 2 joined but no machine keytab was found; 3 joined to
 * another realm than the configured one.
 */
@Extension
public final class DomainJoinedCheck implements HealthCheck {

  /** Failure code: the host is not a member of any domain. */
  public static final int NOT_JOINED = 1;

  /** Failure code: the host is a member, but has no machine keytab to prove it. */
  public static final int NO_KEYTAB = 2;

  /** Failure code: the host is a member of another realm than the configured one. */
  public static final int OTHER_REALM = 3;

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("DomainJoinedCheck")
          .displayName("Domain membership")
          .verifies(
              "the host is joined to a directory domain (realm membership and a machine keytab), so"
                  + " users can sign in with their domain accounts")
          .severity(Severity.FATAL)
          .remediation(
              "Join the host to the domain with realm join <domain> (or adcli join), then confirm"
                  + " with realm list and klist -k /etc/krb5.keytab; check that sssd is configured"
                  + " in /etc/sssd/sssd.conf.")
          .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    DirectoryTarget target = DirectoryTarget.from(context.settings());
    DomainMembership membership = context.probe(DirectoryProbe.class).membership(target);
    String lookedAt = String.join(", ", membership.sources());
    if (!membership.joined()) {
      return CheckVerdict.failed(
          NOT_JOINED, "not joined to a domain: looked at " + lookedAt, evidence(membership));
    }
    String realm = membership.realm().isEmpty() ? "an unnamed realm" : membership.realm();
    if (!target.realm().isEmpty()
        && !membership.realm().isEmpty()
        && !target.realm().equalsIgnoreCase(membership.realm())) {
      return CheckVerdict.failed(
          OTHER_REALM,
          "joined to "
              + realm
              + ", not to the configured realm "
              + target.realm()
              + " (looked at "
              + lookedAt
              + ")",
          evidence(membership));
    }
    if (membership.keytab().isEmpty()) {
      return CheckVerdict.failed(
          NO_KEYTAB,
          "joined to " + realm + " but no machine keytab was found: looked at " + lookedAt,
          evidence(membership));
    }
    return CheckVerdict.passed(
        "joined to "
            + realm
            + " with keytab "
            + membership.keytab()
            + " (looked at "
            + lookedAt
            + ")",
        evidence(membership));
  }

  private static Map<String, String> evidence(DomainMembership membership) {
    Map<String, String> details = new LinkedHashMap<>();
    if (!membership.realm().isEmpty()) {
      details.put("realm", membership.realm());
    }
    if (!membership.keytab().isEmpty()) {
      details.put("keytab", membership.keytab());
    }
    details.put("lookedAt", String.join(", ", membership.sources()));
    return details;
  }
}
