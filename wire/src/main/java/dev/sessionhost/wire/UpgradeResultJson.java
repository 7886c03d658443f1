package dev.sessionhost.wire;

import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.domain.update.UpdateState;

/**
 * How a plugin upgrade ended: the plugin, the versions involved, the update state and a sentence
 * (the error of a failed one), as the agent answers an upload and its clients read it.
 */
public record UpgradeResultJson(
    String plugin,
    String previousVersion,
    String offeredVersion,
    String updateState,
    String message) {

  public static UpgradeResultJson of(UpgradeResult result) {
    return new UpgradeResultJson(
        result.pluginId().orElse(null),
        result.previousVersion().orElse(null),
        result.offeredVersion().orElse(null),
        result.update().state().wireName(),
        message(result));
  }

  private static String message(UpgradeResult result) {
    if (!result.update().errorMessage().isBlank()) {
      return result.update().errorMessage();
    }
    String plugin = result.pluginId().orElse("the plugin");
    String offered = result.offeredVersion().map(v -> " " + v).orElse("");
    if (!result.succeeded()) {
      return plugin + offered + ": update " + result.update().state().wireName();
    }
    return result
        .previousVersion()
        .map(previous -> plugin + " upgraded from " + previous + " to" + offered)
        .orElse(plugin + offered + " installed");
  }

  /** Whether the upgrade succeeded, by its update state. */
  public boolean succeeded() {
    return UpdateState.SUCCEEDED.wireName().equals(updateState);
  }
}
