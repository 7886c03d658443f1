package dev.sessionhost.plugin.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as operators write them, the one grammar of every duration in sessionhost's files: a
 * number with a unit ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1d}), several of
 * them ({@code 1m30s}), or ISO-8601 ({@code PT10S}); units in any case, spaces allowed between
 * parts. A bare number is not a duration: its unit would be a guess.
 *
 * @since 1.2
 */
public final class DurationText {

  private static final Pattern PART =
      Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)\\s*", Pattern.CASE_INSENSITIVE);

  private static final long[] UNIT_MILLIS = {86_400_000, 3_600_000, 60_000, 1000, 1};
  private static final String[] UNIT_NAMES = {"d", "h", "m", "s", "ms"};

  /** Examples for an error message: {@code e.g. 500ms, 10s, 1m30s or PT10S}. */
  public static final String EXAMPLES = "e.g. 500ms, 10s, 2m, 1m30s, 1h, 1d or PT10S";

  private DurationText() {}

  /** The non-negative duration the text means, or empty when it means none. */
  public static Optional<Duration> parse(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    try {
      Duration duration =
          Character.toUpperCase(trimmed.charAt(0)) == 'P'
              ? Duration.parse(trimmed.toUpperCase(Locale.ROOT))
              : sumOfParts(trimmed);
      return duration == null || duration.isNegative() ? Optional.empty() : Optional.of(duration);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      return Optional.empty(); // unreadable or too large: the caller names the text
    }
  }

  /**
   * Writes a duration so that {@link #parse} reads it back (to the millisecond): {@code 10s},
   * {@code 1m30s}, {@code 1s500ms}, {@code 1d}, {@code 0s}.
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      return duration.toString();
    }
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < UNIT_MILLIS.length; i++) {
      long amount = millis / UNIT_MILLIS[i];
      if (amount > 0) {
        text.append(amount).append(UNIT_NAMES[i]);
        millis -= amount * UNIT_MILLIS[i];
      }
    }
    return text.toString();
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
      total = total.plus(Duration.of(Long.parseLong(part.group(1)), unit(part.group(2))));
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
