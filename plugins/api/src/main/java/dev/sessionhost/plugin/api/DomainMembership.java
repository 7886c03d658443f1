package dev.sessionhost.plugin.api;

import java.util.List;

/**
 * Whether the machine is joined to a directory domain, and the evidence.
 *
 * @param joined whether the machine is a member of a domain
 * @param realm the domain's realm, e.g. {@code CONTOSO.COM}; empty when none
 * @param keytab the path of the machine's keytab, e.g. {@code /etc/krb5.keytab}; empty when none
 * @param sources what was looked at, in order, e.g. {@code realm list}, {@code
 *     /etc/sssd/sssd.conf}, {@code /etc/krb5.keytab}; at least one
 * @since 1.0
 */
public record DomainMembership(boolean joined, String realm, String keytab, List<String> sources) {

  /** Validates the fields and copies the sources. */
  public DomainMembership {
    Arguments.present(realm, "realm");
    Arguments.present(keytab, "keytab");
    Arguments.required(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("sources must name at least one thing looked at");
    }
    sources = List.copyOf(sources);
  }

  /** The machine is a member of the realm. */
  public static DomainMembership joined(String realm, String keytab, List<String> sources) {
    return new DomainMembership(true, realm, keytab, sources);
  }

  /** The machine is not a member of any domain. */
  public static DomainMembership notJoined(List<String> sources) {
    return new DomainMembership(false, "", "", sources);
  }
}
