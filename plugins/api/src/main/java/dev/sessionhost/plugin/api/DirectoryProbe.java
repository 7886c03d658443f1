package dev.sessionhost.plugin.api;

/**
 * Answers whether the machine belongs to a directory domain and whether the domain still trusts it.
 *
 * <p>On Linux the answers come from realmd, sssd or winbind state and the machine keytab; on
 * Windows from the domain membership and the secure channel. Thread-safe, like every {@link Probe}.
 *
 * @since 1.0
 */
public interface DirectoryProbe extends Probe {

  /**
   * Reads the machine's domain membership. A machine with no join tooling or configuration at all
   * is not joined: that is an answer, naming what was looked at.
   *
   * @param target the realm and keytab to look for; parts left empty are discovered
   * @throws ProbeException when membership cannot be read, e.g. a tool fails in an unexpected way
   */
  DomainMembership membership(DirectoryTarget target);

  /**
   * Reads the machine's domain membership, discovering realm and keytab.
   *
   * @throws ProbeException when membership cannot be read
   */
  default DomainMembership membership() {
    return membership(DirectoryTarget.DISCOVER);
  }

  /**
   * Asks the directory whether it still trusts this machine's account, e.g. with {@code adcli
   * testjoin} or {@code kinit -k}. May take seconds: it talks to a domain controller.
   *
   * @throws ProbeException when the test cannot be run at all (no tool, no configuration), as
   *     opposed to running and being refused, which is the answer {@code trusted == false}
   * @param target the realm, keytab and domain controller to use; parts left empty are discovered
   */
  TrustTest testTrust(DirectoryTarget target);

  /**
   * Tests the trust, discovering realm, keytab and domain controller.
   *
   * @throws ProbeException when the test cannot be run at all
   */
  default TrustTest testTrust() {
    return testTrust(DirectoryTarget.DISCOVER);
  }
}
