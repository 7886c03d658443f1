package dev.sessionhost.adapter.out.linux;

/**
 * A realm the host is configured to be a member of, and where that was read.
 *
 * @param realm the Kerberos realm, e.g. {@code CORP.EXAMPLE.COM}
 * @param domain the DNS domain, e.g. {@code corp.example.com}
 * @param evidence where it was read, e.g. {@code realm list} or {@code /etc/sssd/sssd.conf}
 */
record ConfiguredRealm(String realm, String domain, String evidence) {

  /** Whether the realm or domain is the one asked for, ignoring case. */
  boolean matches(String wanted) {
    return wanted.equalsIgnoreCase(realm) || wanted.equalsIgnoreCase(domain);
  }
}
