package dev.sessionhost.domain.check;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One value a check measured beside its outcome, as Nagios performance data carries it: a label, a
 * value with its unit, the warning and critical ranges as written, and optional bounds.
 *
 * <p>Texts are capped at {@value #MAX_TEXT_BYTES} bytes of UTF-8 so a chatty check cannot flood the
 * agent through its labels.
 */
public record Measurement(
    String label,
    double value,
    String unit,
    String warn,
    String crit,
    OptionalDouble min,
    OptionalDouble max) {

  /** The longest label, unit or range kept, in bytes of UTF-8. */
  public static final int MAX_TEXT_BYTES = 256;

  private static final Pattern NO_CONTROL = Pattern.compile("[^\\p{Cntrl}]+");

  public Measurement {
    Objects.requireNonNull(label, "label");
    if (label.isEmpty() || !NO_CONTROL.matcher(label).matches()) {
      throw new IllegalArgumentException(
          "a measurement needs a printable label, not '" + label + "'");
    }
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("measurement " + label + " has no value");
    }
    label = BoundedText.cap(label, MAX_TEXT_BYTES);
    unit = BoundedText.cap(unit == null ? "" : unit, MAX_TEXT_BYTES);
    warn = BoundedText.cap(warn == null ? "" : warn, MAX_TEXT_BYTES);
    crit = BoundedText.cap(crit == null ? "" : crit, MAX_TEXT_BYTES);
    min = min == null ? OptionalDouble.empty() : min;
    max = max == null ? OptionalDouble.empty() : max;
  }

  /** A value with a unit and nothing else. */
  public static Measurement of(String label, double value, String unit) {
    return new Measurement(
        label, value, unit, "", "", OptionalDouble.empty(), OptionalDouble.empty());
  }
}
