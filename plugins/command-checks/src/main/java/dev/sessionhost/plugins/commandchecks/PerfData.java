package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Nagios performance data, {@code 'label'=value[unit];[warn];[crit];[min];[max]} items
 * separated by spaces, into measurements. Items whose value is {@code U} (unknown) are skipped;
 * malformed ones are skipped and described in {@link #problems()}.
 *
 * @param measurements the items that parsed, in order
 * @param problems one description per malformed item
 */
record PerfData(List<Measurement> measurements, List<String> problems) {

  private static final Pattern VALUE =
      Pattern.compile("([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)(\\S*)");
  private static final Pattern NUMBER = Pattern.compile(VALUE.pattern().replace("(\\S*)", ""));

  static PerfData parse(String text) {
    List<Measurement> measurements = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int at = 0;
    while (true) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at >= text.length()) {
        break;
      }
      StringBuilder label = new StringBuilder();
      int start = at;
      if (text.charAt(at) == '\'') {
        at = quoted(text, at + 1, label);
        if (at < 0) { // unterminated: skip to the next space rather than swallow the rest
          int end = nextSpace(text, start);
          problems.add("'" + text.substring(start, end) + "' has an unterminated quote");
          at = end;
          continue;
        }
      } else {
        while (at < text.length() && text.charAt(at) != '=' && !isSpace(text, at)) {
          label.append(text.charAt(at++));
        }
      }
      int end = nextSpace(text, at);
      String item = text.substring(start, end);
      if (at >= text.length() || text.charAt(at) != '=') {
        problems.add("'" + item + "' is not label=value");
      } else {
        item(label.toString(), text.substring(at + 1, end), item, measurements, problems);
      }
      at = end;
    }
    return new PerfData(List.copyOf(measurements), List.copyOf(problems));
  }

  /**
   * Reads a quoted label after its opening quote, {@code ''} standing for one quote; returns the
   * position after the closing quote, or -1 when there is none.
   */
  private static int quoted(String text, int at, StringBuilder label) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\'' && at + 1 < text.length() && text.charAt(at + 1) == '\'') {
        label.append('\'');
        at += 2;
      } else if (c == '\'') {
        return at + 1;
      } else {
        label.append(c);
        at++;
      }
    }
    return -1;
  }

  private static int nextSpace(String text, int from) {
    int at = from;
    while (at < text.length() && !isSpace(text, at)) {
      at++;
    }
    return at;
  }

  private static boolean isSpace(String text, int at) {
    return Character.isWhitespace(text.charAt(at));
  }

  private static void item(
      String label,
      String data,
      String item,
      List<Measurement> measurements,
      List<String> problems) {
    String[] fields = data.split(";", -1);
    if (fields[0].equals("U")) {
      return; // the plugin could not measure it this time
    }
    Matcher value = VALUE.matcher(fields[0]);
    if (fields.length > 5 || !value.matches()) {
      problems.add("'" + item + "' has no number for its value");
      return;
    }
    try {
      measurements.add(
          new Measurement(
              label,
              Double.parseDouble(value.group(1)),
              value.group(2),
              field(fields, 1),
              field(fields, 2),
              bound(fields, 3),
              bound(fields, 4)));
    } catch (IllegalArgumentException e) {
      problems.add("'" + item + "': " + e.getMessage());
    }
  }

  private static String field(String[] fields, int index) {
    return index < fields.length ? fields[index].trim() : "";
  }

  private static OptionalDouble bound(String[] fields, int index) {
    String text = field(fields, index);
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (!NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException((index == 3 ? "min" : "max") + " is not a number");
    }
    return OptionalDouble.of(Double.parseDouble(text));
  }
}
