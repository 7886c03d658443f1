package dev.sessionhost.adapter.out.plugin;

import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;

/**
 * Checks a plugin's {@code Plugin-Requires} range against the host's SDK version, as PF4J reads it
 * (a bare version means "this or newer"), but before any class loader exists and with a reason
 * instead of PF4J's silently disabled plugin.
 */
final class SdkRequirement {

  private SdkRequirement() {}

  static void check(
      PluginDescriptor descriptor,
      VersionManager versions,
      String sdkVersion,
      boolean exactVersionAllowed) {
    String requires = descriptor.getRequires() == null ? "" : descriptor.getRequires().trim();
    String constraint =
        !exactVersionAllowed && requires.matches("\\d+\\.\\d+\\.\\d+") ? ">=" + requires : requires;
    boolean satisfied;
    try {
      satisfied = versions.checkVersionConstraint(sdkVersion, constraint);
    } catch (RuntimeException e) {
      throw new PluginRejectedException(
          descriptor.getPluginId(),
          "invalid Plugin-Requires '" + requires + "': " + Reasons.describe(e));
    }
    if (!satisfied) {
      throw new PluginRejectedException(
          descriptor.getPluginId(),
          "requires SDK " + requires + " but this host provides " + sdkVersion);
    }
  }
}
