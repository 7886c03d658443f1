package com.example.sessionhost.diskspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes amounts of bytes as people write them: {@code 5GiB}, {@code 3.1 GiB}. */
final class ByteSize {

  private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)");

  private static final Map<String, Long> UNITS =
      Map.of(
          "b", 1L,
          "kib", 1L << 10,
          "mib", 1L << 20,
          "gib", 1L << 30,
          "tib", 1L << 40,
          "kb", 1_000L,
          "mb", 1_000_000L,
          "gb", 1_000_000_000L,
          "tb", 1_000_000_000_000L);

  private static final String[] NAMES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private ByteSize() {}

  /**
   * Parses a number with a unit: {@code B}, {@code KiB}, {@code MiB}, {@code GiB}, {@code TiB}
   * (powers of 1024) or {@code KB}, {@code MB}, {@code GB}, {@code TB} (powers of 1000), in any
   * case, e.g. {@code 5GiB} or {@code 1.5 TB}. A bare number is refused: its unit would be a guess.
   *
   * @return the bytes, rounded up; empty when the text is not such a size or exceeds a long
   */
  static OptionalLong parse(String text) {
    Matcher matcher = TEXT.matcher(text.strip());
    if (!matcher.matches()) {
      return OptionalLong.empty();
    }
    Long unit = UNITS.get(matcher.group(2).toLowerCase(Locale.ROOT));
    if (unit == null) {
      return OptionalLong.empty();
    }
    BigDecimal bytes =
        new BigDecimal(matcher.group(1))
            .multiply(BigDecimal.valueOf(unit))
            .setScale(0, RoundingMode.CEILING);
    return bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        ? OptionalLong.empty()
        : OptionalLong.of(bytes.longValueExact());
  }

  /**
   * Writes bytes in the largest binary unit that keeps the number at 1 or more, with one decimal
   * rounded down so that free space is never overstated: {@code 512 B}, {@code 3.1 GiB}, {@code 40
   * GiB}.
   */
  static String format(long bytes) {
    int unit = 0;
    long divisor = 1;
    while (unit < NAMES.length - 1 && bytes / divisor >= 1024) {
      divisor *= 1024;
      unit++;
    }
    // split the division so that nothing overflows: the remainder is below 2^50
    long tenths = bytes / divisor * 10 + bytes % divisor * 10 / divisor;
    return tenths(tenths) + " " + NAMES[unit];
  }

  /** Writes a count of tenths as a decimal, without a trailing {@code .0}: 78 is "7.8". */
  static String tenths(long tenths) {
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
  }
}
