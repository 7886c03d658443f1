package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.UpgradeResult;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What {@code plugins upgrade} prints about an upgrade's end, from the agent or done directly. */
record UpgradeLines(boolean succeeded, List<String> lines) {

  static UpgradeLines of(UpgradeResult result) {
    return of(
        result.succeeded(),
        result.pluginId().orElse(""),
        result.previousVersion().orElse(""),
        result.offeredVersion().orElse(""),
        result.update().errorMessage());
  }

  /** From the agent's answer: {plugin, previousVersion, offeredVersion, updateState, message}. */
  static UpgradeLines of(JsonNode answer) {
    return of(
        "Succeeded".equals(answer.path("updateState").asString("")),
        answer.path("plugin").asString(""),
        answer.path("previousVersion").asString(""),
        answer.path("offeredVersion").asString(""),
        answer.path("message").asString(""));
  }

  private static UpgradeLines of(
      boolean succeeded, String plugin, String previous, String offered, String message) {
    List<String> lines = new ArrayList<>();
    if (succeeded) {
      lines.add(
          previous.isEmpty()
              ? "installed " + plugin + " " + offered
              : "upgraded " + plugin + " " + previous + " -> " + offered);
      lines.add("update state: Succeeded");
    } else {
      lines.add(message.isEmpty() ? "the upgrade failed" : message);
      lines.add(
          "update state: Failed; the host reports UpgradeFailed until a later upgrade succeeds");
    }
    return new UpgradeLines(succeeded, List.copyOf(lines));
  }
}
