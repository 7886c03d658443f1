package dev.sessionhost.adapter.out.linux;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes byte counts the way messages show them: {@code 512 bytes}, {@code 12 MiB}, {@code 1.5
 * GiB}.
 */
final class Sizes {

  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private Sizes() {}

  static String describe(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    BigDecimal value = BigDecimal.valueOf(bytes);
    BigDecimal step = BigDecimal.valueOf(1024);
    int unit = -1;
    while (value.compareTo(step) >= 0 && unit < UNITS.length - 1) {
      value = value.divide(step);
      unit++;
    }
    int decimals = value.compareTo(BigDecimal.TEN) < 0 ? 1 : 0;
    String number =
        value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return number + " " + UNITS[unit];
  }
}
