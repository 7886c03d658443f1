package dev.sessionhost.plugin.api;

/** Argument checks shared by the SDK's records, with messages that name the field. */
final class Arguments {

  private Arguments() {}

  static String present(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null (use \"\" for none)");
    }
    return value;
  }

  static String nonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          field + " must not be blank, found " + (value == null ? "nothing" : "\"" + value + "\""));
    }
    return value;
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  static int port(int port, int min, String field) {
    if (port < min || port > 65535) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and 65535, found " + port);
    }
    return port;
  }
}
