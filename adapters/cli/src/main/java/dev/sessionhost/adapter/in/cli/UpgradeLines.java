package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.wire.UpgradeResultJson;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code plugins upgrade} prints about an upgrade's end, from the agent's answer or from an
 * upgrade made directly (both in the shape the agent answers with).
 */
record UpgradeLines(boolean succeeded, List<String> lines) {

  static UpgradeLines of(UpgradeResultJson result) {
    String plugin = result.plugin() == null ? "" : result.plugin();
    String offered = result.offeredVersion() == null ? "" : result.offeredVersion();
    List<String> lines = new ArrayList<>();
    if (result.succeeded()) {
      lines.add(
          result.previousVersion() == null
              ? "installed " + plugin + " " + offered
              : "upgraded " + plugin + " " + result.previousVersion() + " -> " + offered);
      lines.add("update state: Succeeded");
    } else if (result.wasRejected()) {
      lines.add(result.message() == null ? "the file was refused" : result.message());
      lines.add(
          "nothing was installed; the update state stays "
              + result.updateState()
              + " and the host's status is unchanged");
    } else {
      String message = result.message() == null ? "" : result.message();
      lines.add(message.isEmpty() ? "the upgrade failed" : message);
      lines.add(
          "update state: Failed; the host reports UpgradeFailed until a later upgrade succeeds");
    }
    return new UpgradeLines(result.succeeded(), List.copyOf(lines));
  }
}
