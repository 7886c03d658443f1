package dev.sessionhost.bootstrap.config;

import java.util.Locale;

/** Where the checks get their facts: the real machine, or a scenario file that stands in for it. */
public enum Environment {
  /** The real probes of a Linux session host. */
  LINUX,
  /** Facts read from a YAML scenario file, for demos and tests. */
  SIMULATED;

  /** The name used in configuration and on the command line: {@code linux}, {@code simulated}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads {@code linux} or {@code simulated}, in any case.
   *
   * @throws IllegalArgumentException naming the accepted values and the text found
   */
  public static Environment parse(String text) {
    for (Environment environment : values()) {
      if (environment.configName().equalsIgnoreCase(text.trim())) {
        return environment;
      }
    }
    throw new IllegalArgumentException("expected linux or simulated, found \"" + text + "\"");
  }

  @Override
  public String toString() {
    return configName();
  }
}
