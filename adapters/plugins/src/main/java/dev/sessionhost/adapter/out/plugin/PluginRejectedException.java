package dev.sessionhost.adapter.out.plugin;

import java.util.Optional;
import org.pf4j.PluginRuntimeException;

/**
 * Why the runtime refused a plugin, worded for the operator; names the plugin when its id is known.
 */
final class PluginRejectedException extends PluginRuntimeException {

  private final String plugin;
  private final String reason;

  PluginRejectedException(String plugin, String reason) {
    super(reason);
    this.plugin = plugin;
    this.reason = reason;
  }

  /** The plugin's id, or empty when the file gave none. */
  Optional<String> plugin() {
    return Optional.ofNullable(plugin);
  }

  String reason() {
    return reason;
  }
}
