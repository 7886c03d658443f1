package dev.sessionhost.application.port.in;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Asks to install the plugin jar at {@code jar}: {@code mustBeNew} refuses a plugin whose id is
 * already installed ({@code plugins install}); otherwise an installed one is replaced ({@code
 * plugins upgrade}).
 */
public record UpgradePluginCommand(Path jar, boolean mustBeNew) {

  public UpgradePluginCommand {
    Objects.requireNonNull(jar, "jar");
  }

  /** An upgrade: replaces the installed version, or installs the plugin if it is not there. */
  public static UpgradePluginCommand upgrade(Path jar) {
    return new UpgradePluginCommand(jar, false);
  }

  /** An installation: refused if a plugin with the same id is installed. */
  public static UpgradePluginCommand install(Path jar) {
    return new UpgradePluginCommand(jar, true);
  }
}
