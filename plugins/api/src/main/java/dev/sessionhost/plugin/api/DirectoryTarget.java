package dev.sessionhost.plugin.api;

/**
 * Which directory a {@link DirectoryProbe} should ask about: a realm, the machine keytab and a
 * domain controller, each empty to let the environment discover it from the host's configuration.
 *
 * <p>Checks build it from their settings, so an operator can point a check at a specific realm,
 * keytab or controller without touching the environment.
 *
 * @param realm the Kerberos realm or domain, e.g. {@code CORP.EXAMPLE.COM}; empty to discover
 * @param keytab the path of the machine keytab; empty for the environment's default
 * @param domainController a controller's host name or address; empty to discover
 * @since 1.0
 */
public record DirectoryTarget(String realm, String keytab, String domainController) {

  /** Everything discovered from the host's own configuration. */
  public static final DirectoryTarget DISCOVER = new DirectoryTarget("", "", "");

  /** Checks that no part is null ({@code ""} means discover). */
  public DirectoryTarget {
    Arguments.present(realm, "realm");
    Arguments.present(keytab, "keytab");
    Arguments.present(domainController, "domainController");
  }

  /**
   * Reads the target from a check's settings {@code realm}, {@code keytab} and {@code
   * domainController}, each defaulting to discovery.
   */
  public static DirectoryTarget from(CheckSettings settings) {
    return new DirectoryTarget(
        settings.string("realm", ""),
        settings.string("keytab", ""),
        settings.string("domainController", ""));
  }
}
