package dev.sessionhost.bootstrap.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as the plugin SDK's settings do ({@code 500ms}, {@code 10s}, {@code 1m30s},
 * {@code 1d}, ISO {@code PT10S}), so an operator writes them one way in the whole file.
 */
public final class Durations {

  private static final Pattern PART =
      Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)\\s*", Pattern.CASE_INSENSITIVE);

  private Durations() {}

  /** The duration the text means, or empty when it is not one (a bare number has no unit). */
  public static Optional<Duration> parse(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Character.toUpperCase(trimmed.charAt(0)) == 'P') {
        return Optional.of(Duration.parse(trimmed.toUpperCase(Locale.ROOT)));
      }
      return sumOfParts(trimmed);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      return Optional.empty(); // unreadable or too large: the caller names the text
    }
  }

  /** The short form of a duration for messages, in its largest whole unit: {@code 10s}. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    long[] sizes = {86_400_000, 3_600_000, 60_000, 1000};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (millis >= sizes[i] && millis % sizes[i] == 0) {
        return millis / sizes[i] + units[i];
      }
    }
    return millis + "ms";
  }

  private static Optional<Duration> sumOfParts(String text) {
    Matcher part = PART.matcher(text);
    Duration total = Duration.ZERO;
    int position = 0;
    while (position < text.length()) {
      part.region(position, text.length());
      if (!part.lookingAt()) {
        return Optional.empty();
      }
      total = total.plus(Duration.of(Long.parseLong(part.group(1)), unit(part.group(2))));
      position = part.end();
    }
    return Optional.of(total);
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
