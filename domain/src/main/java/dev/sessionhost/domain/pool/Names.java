package dev.sessionhost.domain.pool;

import java.util.regex.Pattern;

/**
 * The names the broker keys things by (pools, hosts): 1 to 253 characters of letters, digits, dot,
 * hyphen and underscore, starting with a letter or digit, so that a name is safe in a URL path and
 * in a log line as it is.
 */
public final class Names {

  /** The longest name: a fully qualified domain name. */
  public static final int MAX_LENGTH = 253;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Names() {}

  /** Whether {@code name} is a valid name. */
  public static boolean valid(String name) {
    return name != null
        && !name.isEmpty()
        && name.length() <= MAX_LENGTH
        && NAME.matcher(name).matches();
  }

  /**
   * Returns {@code name} when valid.
   *
   * @throws IllegalArgumentException naming {@code what} and the rule, when it is not
   */
  public static String require(String what, String name) {
    if (!valid(name)) {
      throw new IllegalArgumentException(
          what
              + " must be 1 to "
              + MAX_LENGTH
              + " letters, digits, '.', '-' or '_', starting with a letter or digit; got "
              + (name == null ? "nothing" : "\"" + name + "\""));
    }
    return name;
  }
}
