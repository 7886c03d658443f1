package dev.sessionhost.plugins.commandchecks;

import java.util.ArrayList;
import java.util.List;

/**
 * The output of a Nagios-style plugin split into its parts: the first line's text (the message),
 * the long text of later lines, and the performance data after a {@code |}, from the first line and
 * from the later lines once one of them holds a {@code |} (the multi-line form).
 *
 * @param message the first line's text before any {@code |}, stripped; may be empty
 * @param longText the later lines before the performance data, stripped; may be empty
 * @param perfData the performance data of every line, one part per line it came from
 */
record PluginOutput(String message, String longText, List<String> perfData) {

  static PluginOutput parse(String output) {
    List<String> lines = output.lines().toList();
    if (lines.isEmpty()) {
      return new PluginOutput("", "", List.of());
    }
    List<String> perfData = new ArrayList<>();
    String message = textBefore(lines.get(0), perfData);
    List<String> longText = new ArrayList<>();
    boolean inPerfData = false;
    for (String line : lines.subList(1, lines.size())) {
      if (inPerfData) {
        perfData.add(line);
      } else if (line.contains("|")) {
        longText.add(textBefore(line, perfData));
        inPerfData = true;
      } else {
        longText.add(line);
      }
    }
    perfData.removeIf(String::isBlank);
    return new PluginOutput(
        message.strip(), String.join("\n", longText).strip(), List.copyOf(perfData));
  }

  private static String textBefore(String line, List<String> perfData) {
    int bar = line.indexOf('|');
    if (bar < 0) {
      return line;
    }
    perfData.add(line.substring(bar + 1));
    return line.substring(0, bar);
  }
}
