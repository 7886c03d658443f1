package dev.sessionhost.adapter.out.linux;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Key=Value} lines of {@code systemctl show --property=...}.
 *
 * @param properties the properties printed, in order
 */
record SystemctlShow(Map<String, String> properties) {

  SystemctlShow {
    properties = Map.copyOf(properties);
  }

  static SystemctlShow parse(String output) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String line : output.split("\r?\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        properties.putIfAbsent(
            line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
    }
    return new SystemctlShow(properties);
  }

  String get(String property) {
    return properties.getOrDefault(property, "");
  }

  /** Whether systemd knows the unit: {@code LoadState} is set and not {@code not-found}. */
  boolean installed() {
    String load = get("LoadState");
    return !load.isEmpty() && !load.equals("not-found");
  }

  /** Whether the unit runs: {@code ActiveState=active}. */
  boolean active() {
    return installed() && get("ActiveState").equals("active");
  }

  /** The states for a message, e.g. {@code ActiveState=failed SubState=failed}. */
  String detail() {
    if (!installed()) {
      return "LoadState=" + (get("LoadState").isEmpty() ? "unknown" : get("LoadState"));
    }
    StringBuilder detail =
        new StringBuilder("ActiveState=" + get("ActiveState") + " SubState=" + get("SubState"));
    if (!get("LoadState").equals("loaded")) {
      detail.insert(0, "LoadState=" + get("LoadState") + " ");
    }
    if (!get("UnitFileState").isEmpty()) {
      detail.append(" UnitFileState=").append(get("UnitFileState"));
    }
    return detail.toString();
  }
}
