package dev.sessionhost.wire;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the times of the wire's documents: ISO-8601 instants in UTC, as {@link Instant#toString}
 * writes them ({@code 2026-12-07T11:23:47.123Z}).
 *
 * <p>The broker reads a dozen of them in every heartbeat, and {@link Instant#parse} (a general
 * formatter, resolving field by field) was a twentieth of its CPU. The form {@code toString} writes
 * (a four-digit year, seconds, up to nine fraction digits, {@code Z}) is read here directly;
 * anything else goes to {@link Instant#parse}, which accepts what it accepts and gives its own
 * errors, so both read every text the same.
 */
final class WireTimes {

  private static final int SHORTEST = "2026-12-07T11:23:47Z".length();

  private WireTimes() {}

  /**
   * The instant {@code text} names.
   *
   * @throws java.time.format.DateTimeParseException as {@link Instant#parse} does
   */
  static Instant parse(CharSequence text) {
    Instant fast = utc(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** The instant of a text in {@code toString}'s form, or null for any other text. */
  private static Instant utc(CharSequence text) {
    int length = text.length();
    if (length < SHORTEST
        || length > SHORTEST + 10
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > SHORTEST) {
      int fractionDigits = length - SHORTEST - 1; // between the '.' and the 'Z'
      if (text.charAt(19) != '.' || fractionDigits < 1) {
        return null;
      }
      nanos = digits(text, 20, fractionDigits);
      if (nanos < 0) {
        return null;
      }
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
  }

  /** The number of {@code count} decimal digits from {@code from}, or -1 if one is not a digit. */
  private static int digits(CharSequence text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
