package dev.sessionhost.plugin.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions from configuration values to the types {@link CheckSettings} reads. */
final class SettingValues {

  private SettingValues() {}

  /** An immutable deep copy with string keys; values other than the JSON kinds become text. */
  static Map<String, Object> copyOf(Map<?, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Duration) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      return copyOf(map);
    }
    if (value instanceof Collection<?> items) {
      List<Object> copy = new ArrayList<>(items.size());
      items.forEach(item -> copy.add(copyValue(item)));
      return Collections.unmodifiableList(copy);
    }
    return value.toString();
  }

  /** The value as text when it is a scalar, else {@code null}. */
  static String asText(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Duration) {
      return value.toString();
    }
    return null;
  }

  /** The value as a whole number, else {@code null}; {@code 3.0} counts, {@code 3.5} does not. */
  static Long asWholeNumber(Object value) {
    try {
      if (value instanceof Long
          || value instanceof Integer
          || value instanceof Short
          || value instanceof Byte) {
        return ((Number) value).longValue();
      }
      if (value instanceof BigInteger big) {
        return big.longValueExact();
      }
      if (value instanceof BigDecimal decimal) {
        return decimal.longValueExact();
      }
      if (value instanceof Double || value instanceof Float) {
        double number = ((Number) value).doubleValue();
        return Double.isFinite(number) ? new BigDecimal(number).longValueExact() : null;
      }
      if (value instanceof String text) {
        return Long.parseLong(text.trim());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      return null; // fractional, too large or not a number: reported as found
    }
    return null;
  }

  /** The value as a finite decimal number, also from a text holding one, else {@code null}. */
  static Double asDecimal(Object value) {
    double number;
    if (value instanceof Number given) {
      number = given.doubleValue();
    } else if (value instanceof String text) {
      try {
        // BigDecimal's grammar: no NaN, no Infinity, no hexadecimal, no trailing 'd'
        number = new BigDecimal(text.trim()).doubleValue();
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return Double.isFinite(number) ? number : null;
  }

  /** What a valid decimal looks like, for an error message. */
  static String decimalExpected(double min, double max) {
    boolean unbounded = min == -Double.MAX_VALUE && max == Double.MAX_VALUE;
    return unbounded ? "a number" : "a number from " + plain(min) + " to " + plain(max);
  }

  private static String plain(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /** The value as a boolean, also from the texts {@code true} and {@code false}, else null. */
  static Boolean asBoolean(Object value) {
    if (value instanceof Boolean flag) {
      return flag;
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (trimmed.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /** The value as a duration that is not negative, else {@code null}. */
  static Duration asDuration(Object value) {
    Duration duration = null;
    if (value instanceof Duration given) {
      duration = given;
    } else if (value instanceof String text) {
      duration = DurationText.parse(text).orElse(null);
    }
    return duration == null || duration.isNegative() ? null : duration;
  }
}
