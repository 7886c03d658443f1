package dev.sessionhost.bootstrap.config;

/** Dotted key paths as error messages name them: {@code checks.UrlsAccessibleCheck.settings}. */
final class KeyPath {

  private KeyPath() {}

  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
