package dev.sessionhost.adapter.out.simulated;

import java.util.List;
import java.util.regex.Pattern;

/** Writes a key path of the scenario file as an operator would read it. */
final class KeyPath {

  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_.-]+");

  private KeyPath() {}

  /** Writes the path as an operator would: {@code services.ama.active}, {@code files["/x"]}. */
  static String render(List<Object> path) {
    StringBuilder key = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer) {
        key.append('[').append(step).append(']');
      } else if (SIMPLE_KEY.matcher(step.toString()).matches()) {
        key.append(key.length() == 0 ? "" : ".").append(step);
      } else {
        key.append("[\"").append(step).append("\"]");
      }
    }
    return key.toString();
  }
}
