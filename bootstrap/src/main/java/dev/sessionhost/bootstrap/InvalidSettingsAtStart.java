package dev.sessionhost.bootstrap;

import dev.sessionhost.adapter.in.cli.CheckSetupException;
import dev.sessionhost.adapter.out.plugin.InvalidSetting;
import dev.sessionhost.adapter.out.plugin.Pf4jHealthCheckLoader;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import dev.sessionhost.bootstrap.config.SettingLocator;
import java.util.List;

/**
 * Stops a command at start on a setting the plugins found invalid while loading (an entry of {@code
 * commandChecks} that its provider refused), like any other configuration error: with the file,
 * line, column and key. A setting a check reads only when it runs cannot be found here; its run
 * reports it.
 */
final class InvalidSettingsAtStart {

  private InvalidSettingsAtStart() {}

  /**
   * Loads the plugins if they are not yet loaded and fails on the first invalid setting.
   *
   * @throws CheckSetupException naming the file, the place and the key of the first one, and how
   *     many more there are
   */
  static void refuse(Pf4jHealthCheckLoader plugins, SessionhostConfig config)
      throws CheckSetupException {
    List<InvalidSetting> invalid = plugins.invalidSettings();
    if (invalid.isEmpty()) {
      return;
    }
    InvalidSetting first = invalid.get(0);
    String message =
        SettingLocator.invalid(config.source(), first.key(), first.expected(), first.found())
            .getMessage();
    int more = invalid.size() - 1;
    throw new CheckSetupException(
        more == 0 ? message : message + " (and " + more + " more invalid settings)");
  }
}
