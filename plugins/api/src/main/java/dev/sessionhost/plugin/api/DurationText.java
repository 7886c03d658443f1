package dev.sessionhost.plugin.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as operators write them in configuration: {@code 500ms}, {@code 1m30s}, ISO. */
final class DurationText {

  private static final Pattern PART =
      Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)\\s*", Pattern.CASE_INSENSITIVE);

  private DurationText() {}

  /** The duration the text means, or {@code null} when it means none. */
  static Duration parse(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    try {
      if (Character.toUpperCase(trimmed.charAt(0)) == 'P') {
        return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
      }
      return sumOfParts(trimmed);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      return null; // unreadable or too large: the caller reports the text as found
    }
  }

  private static Duration sumOfParts(String text) {
    Matcher part = PART.matcher(text);
    Duration total = Duration.ZERO;
    int position = 0;
    while (position < text.length()) {
      part.region(position, text.length());
      if (!part.lookingAt()) {
        return null;
      }
      long amount = Long.parseLong(part.group(1));
      total = total.plus(Duration.of(amount, unit(part.group(2))));
      position = part.end();
    }
    return total;
  }

  private static ChronoUnit unit(String symbol) {
    switch (symbol.toLowerCase(Locale.ROOT)) {
      case "ms":
        return ChronoUnit.MILLIS;
      case "s":
        return ChronoUnit.SECONDS;
      case "m":
        return ChronoUnit.MINUTES;
      case "h":
        return ChronoUnit.HOURS;
      default:
        return ChronoUnit.DAYS;
    }
  }
}
