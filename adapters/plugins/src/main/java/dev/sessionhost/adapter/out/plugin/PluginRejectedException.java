package dev.sessionhost.adapter.out.plugin;

import java.util.Optional;
import org.pf4j.PluginRuntimeException;

/**
 * Why the runtime refused a plugin, worded for the operator; names the plugin when its id is known.
 */
final class PluginRejectedException extends PluginRuntimeException {

  private final String plugin;
  private final String reason;
  private final transient InvalidSetting invalidSetting;

  PluginRejectedException(String plugin, String reason) {
    this(plugin, reason, null);
  }

  /** A rejection because of a setting in the operator's configuration. */
  PluginRejectedException(String plugin, String reason, InvalidSetting invalidSetting) {
    super(reason);
    this.plugin = plugin;
    this.reason = reason;
    this.invalidSetting = invalidSetting;
  }

  /** The plugin's id, or empty when the file gave none. */
  Optional<String> plugin() {
    return Optional.ofNullable(plugin);
  }

  String reason() {
    return reason;
  }

  /**
   * The setting of the configuration at fault, when the configuration rather than the plugin is.
   */
  Optional<InvalidSetting> invalidSetting() {
    return Optional.ofNullable(invalidSetting);
  }
}
