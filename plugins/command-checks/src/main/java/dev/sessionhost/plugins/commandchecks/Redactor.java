package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.Measurement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hides the values of secret environment variables in any text a check reports. */
final class Redactor {

  /** What a secret value is replaced with. */
  static final String HIDDEN = "*****";

  static final Redactor NONE = new Redactor(List.of());

  private final List<String> secrets;

  Redactor(Collection<String> secrets) {
    // longest first, so a secret that contains another is hidden whole
    this.secrets =
        secrets.stream()
            .filter(s -> !s.isEmpty())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  String redact(String text) {
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, HIDDEN);
    }
    return result;
  }

  Map<String, String> redact(Map<String, String> details) {
    Map<String, String> result = new LinkedHashMap<>();
    details.forEach((key, value) -> result.put(key, redact(value)));
    return result;
  }

  /** The measurements with every text (label, unit, ranges) redacted. */
  List<Measurement> redactLabels(List<Measurement> measurements) {
    List<Measurement> safe = new ArrayList<>(measurements.size());
    for (Measurement m : measurements) {
      safe.add(
          new Measurement(
              redact(m.label()),
              m.value(),
              redact(m.unit()),
              redact(m.warn()),
              redact(m.crit()),
              m.min(),
              m.max()));
    }
    return safe;
  }

  /** Whether any secret occurs in the text. */
  boolean reveals(String text) {
    return secrets.stream().anyMatch(text::contains);
  }
}
