package dev.sessionhost.wire;

import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.domain.update.UpdateState;

/**
 * How a plugin upgrade ended: the plugin, the versions involved, the update state, a sentence (the
 * error of a failed one), and whether the file was {@code rejected} before any upgrade started (the
 * update state then is the one it left as it was), as the agent answers an upload and its clients
 * read it. An answer without {@code rejected} (an older agent's) is not a rejection.
 */
public record UpgradeResultJson(
    String plugin,
    String previousVersion,
    String offeredVersion,
    String updateState,
    String message,
    Boolean rejected) {

  public static UpgradeResultJson of(UpgradeResult result) {
    return new UpgradeResultJson(
        result.pluginId().orElse(null),
        result.previousVersion().orElse(null),
        result.offeredVersion().orElse(null),
        result.update().state().wireName(),
        message(result),
        result.rejection().isPresent());
  }

  private static String message(UpgradeResult result) {
    if (result.rejection().isPresent()) {
      return result.rejection().get();
    }
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

  /** Whether the file was refused before any upgrade started. */
  public boolean wasRejected() {
    return Boolean.TRUE.equals(rejected);
  }

  /** Whether the upgrade succeeded: not rejected, and its update state says so. */
  public boolean succeeded() {
    return !wasRejected() && UpdateState.SUCCEEDED.wireName().equals(updateState);
  }
}
