package dev.sessionhost.adapter.out.linux;

import java.math.BigDecimal;
import java.time.Duration;

/** Writes durations the way messages show them: {@code 300 ms}, {@code 2 s}, {@code 1.5 s}. */
final class Durations {

  private Durations() {}

  static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    BigDecimal seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
    return seconds.toPlainString() + " s";
  }
}
