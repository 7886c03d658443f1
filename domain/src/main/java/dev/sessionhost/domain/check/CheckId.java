package dev.sessionhost.domain.check;

import java.util.Objects;

/**
 * The identifier of a health check: its wire name, such as {@code SxSStackListenerCheck}, or a
 * plugin author's own id.
 */
public record CheckId(String value) implements Comparable<CheckId> {

  private static final int MAX_LENGTH = 128;

  public CheckId {
    Objects.requireNonNull(value, "check id");
    if (!valid(value)) {
      throw new IllegalArgumentException(
          "invalid check id '"
              + value
              + "': use a letter followed by up to 127 letters, digits, '_', '.' or '-'");
    }
  }

  /**
   * Whether {@code value} is an ASCII letter followed by up to 127 ASCII letters, digits, '_', '.'
   * or '-'. A loop rather than a pattern: the broker makes a dozen ids from every heartbeat.
   */
  private static boolean valid(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !letter(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!letter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  public static CheckId of(String value) {
    return new CheckId(value);
  }

  @Override
  public int compareTo(CheckId other) {
    return value.compareTo(other.value);
  }

  // equals and hashCode by hand: a record's own are linked at first use through method handles,
  // which spins some sixty classes in a short-lived command (see the one-shot check's benchmark)

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
