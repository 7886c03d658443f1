package dev.sessionhost.plugin.api;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One measured value a check reports beside its verdict, as Nagios performance data carries it:
 * {@code 'label'=value[unit];[warn];[crit];[min];[max]}. The host exposes measurements as metrics.
 *
 * @param label what was measured, e.g. {@code /} or {@code time}
 * @param value the value, in {@code unit}
 * @param unit the unit of measure as written ({@code s}, {@code ms}, {@code %}, {@code B}, {@code
 *     KB}, {@code MB}, {@code c} for a counter), empty for a plain number
 * @param warn the warning range as written (e.g. {@code 80}, {@code 10:20}, {@code @5}), or empty
 * @param crit the critical range as written, or empty
 * @param min the smallest possible value, when given
 * @param max the largest possible value, when given
 * @since 1.1
 */
public record Measurement(
    String label,
    double value,
    String unit,
    String warn,
    String crit,
    OptionalDouble min,
    OptionalDouble max) {

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
    unit = unit == null ? "" : unit;
    warn = warn == null ? "" : warn;
    crit = crit == null ? "" : crit;
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
  }

  /** A value with a unit and nothing else. */
  public static Measurement of(String label, double value, String unit) {
    return new Measurement(
        label, value, unit, "", "", OptionalDouble.empty(), OptionalDouble.empty());
  }
}
