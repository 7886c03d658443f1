package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.InstalledPlugin;
import java.util.ArrayList;
import java.util.List;

/** The plugins as {@code plugins list} prints them: one line each, problems spelled out. */
final class PluginTable {

  private PluginTable() {}

  static List<String> render(List<InstalledPlugin> plugins) {
    if (plugins.isEmpty()) {
      return List.of("no plugins installed");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("PLUGIN", "VERSION", "STATE", "FILE"));
    for (InstalledPlugin plugin : plugins) {
      String state =
          !plugin.active()
              ? "previous"
              : plugin.problem().isEmpty() ? "active" : "broken: " + plugin.problem();
      rows.add(
          List.of(
              plugin.id(), plugin.version(), state, String.valueOf(plugin.file().getFileName())));
    }
    int[] widths = new int[3];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(row.get(i));
        if (i < widths.length) {
          line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
