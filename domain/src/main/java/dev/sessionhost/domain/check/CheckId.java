package dev.sessionhost.domain.check;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a health check: its wire name, such as {@code SxSStackListenerCheck}, or a
 * plugin author's own id.
 */
public record CheckId(String value) implements Comparable<CheckId> {

  private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,127}");

  public CheckId {
    Objects.requireNonNull(value, "check id");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid check id '"
              + value
              + "': use a letter followed by up to 127 letters, digits, '_', '.' or '-'");
    }
  }

  public static CheckId of(String value) {
    return new CheckId(value);
  }

  @Override
  public int compareTo(CheckId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
