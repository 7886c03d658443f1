package dev.sessionhost.adapter.out.simulated;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as operators write them: {@code 500ms}, {@code 3s}, {@code 2m}, {@code 1m30s}.
 */
final class DurationDeserializer {

  static final String EXAMPLES = "e.g. 500ms, 3s, 2m or 1m30s";

  private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private DurationDeserializer() {}

  /** The duration the text means, or null when it is not one. */
  static Duration parse(String text) {
    Matcher part = PART.matcher(text);
    Duration total = Duration.ZERO;
    int position = 0;
    while (position < text.length()) {
      part.region(position, text.length());
      if (!part.lookingAt()) {
        return null;
      }
      long amount = Long.parseLong(part.group(1));
      total = total.plus(unit(part.group(2)).multipliedBy(amount));
      position = part.end();
    }
    return position == 0 ? null : total;
  }

  /** Writes the duration in the notation it is read in, e.g. {@code 1m30s} or {@code 500ms}. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0 || millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      text.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 != 0) {
      text.append(seconds % 60).append('s');
    }
    return text.toString();
  }

  private static Duration unit(String symbol) {
    switch (symbol) {
      case "ms":
        return Duration.ofMillis(1);
      case "s":
        return Duration.ofSeconds(1);
      case "m":
        return Duration.ofMinutes(1);
      default:
        return Duration.ofHours(1);
    }
  }
}
