package dev.sessionhost.plugins.commandchecks;

import java.time.Duration;

/** Writes a duration as configuration does: {@code 10s}, {@code 1m30s}, {@code 500ms}. */
final class DurationWords {

  private DurationWords() {}

  static String of(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    append(text, millis / 3_600_000, "h");
    append(text, millis / 60_000 % 60, "m");
    append(text, millis / 1000 % 60, "s");
    append(text, millis % 1000, "ms");
    return text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount > 0) {
      text.append(amount).append(unit);
    }
  }
}
