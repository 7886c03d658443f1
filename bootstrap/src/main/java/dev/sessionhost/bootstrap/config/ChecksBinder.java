package dev.sessionhost.bootstrap.config;

import dev.sessionhost.adapter.out.plugin.CheckConfiguration;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.support.yaml.KeyPath;
import dev.sessionhost.support.yaml.LocatedException;
import dev.sessionhost.support.yaml.Section;
import dev.sessionhost.support.yaml.Values;
import dev.sessionhost.support.yaml.YamlNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code checks} section into {@link ChecksSection}: defaults, then one per check id,
 * each the plugin runtime's {@link CheckConfiguration}. The bounds checked here are within the ones
 * its constructor enforces, so a bad value is always reported with its place.
 */
final class ChecksBinder {

  /** The key under {@code checks} that holds what applies to every check; not a check id. */
  static final String DEFAULTS_KEY = "defaults";

  private static final List<String> CHECK_KEYS =
      List.of(
          "enabled",
          "timeout",
          "interval",
          "failuresBeforeFailing",
          "successesBeforePassing",
          "failureEffect",
          "settings");
  private static final Duration SHORTEST = Duration.ofMillis(1);

  /** The ceiling the SDK sets on a check's own default timeout holds for the operator too. */
  private static final Duration LONGEST_TIMEOUT = CheckDescriptor.MAX_TIMEOUT;

  private static final Duration LONGEST_INTERVAL = Duration.ofDays(1);

  private ChecksBinder() {}

  static ChecksSection checks(Section checks) {
    CheckConfiguration defaults = CheckConfiguration.NONE;
    Map<CheckId, CheckConfiguration> byId = new LinkedHashMap<>();
    for (YamlNode.Entry entry : checks.entries()) {
      String keyPath = checks.pathOf(entry.key());
      Section section = Section.of(checks.source(), keyPath, entry.value(), CHECK_KEYS);
      if (entry.key().equals(DEFAULTS_KEY)) {
        defaults = check(section);
        continue;
      }
      CheckId id;
      try {
        id = CheckId.of(entry.key());
      } catch (IllegalArgumentException e) {
        throw new LocatedException(
            checks.source(), entry.line(), entry.column(), keyPath, e.getMessage());
      }
      byId.put(id, check(section));
    }
    return new ChecksSection(defaults, byId);
  }

  private static CheckConfiguration check(Section s) {
    return new CheckConfiguration(
        s.bool("enabled"),
        DurationValues.duration(s, "timeout", SHORTEST, LONGEST_TIMEOUT),
        DurationValues.duration(s, "interval", SHORTEST, LONGEST_INTERVAL),
        s.integer("failuresBeforeFailing", 1, 100),
        s.integer("successesBeforePassing", 1, 100),
        s.parsed(
            "failureEffect",
            text -> FailureEffect.ofName(Severity.ofFailureEffect(text).failureEffect())),
        settings(s.section("settings", List.of())));
  }

  /** Settings as plain values; a key without a value is left out, so the check's default holds. */
  static Map<String, Object> settings(Section s) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (YamlNode.Entry entry : s.entries()) {
      if (entry.value() instanceof YamlNode.Scalar && ((YamlNode.Scalar) entry.value()).isEmpty()) {
        continue;
      }
      values.put(entry.key(), plain(s.source(), s.pathOf(entry.key()), entry.value()));
    }
    return Collections.unmodifiableMap(values);
  }

  private static Object plain(String source, String keyPath, YamlNode node) {
    if (node instanceof YamlNode.Mapping) {
      return settings(Section.of(source, keyPath, node, List.of()));
    }
    if (node instanceof YamlNode.Sequence) {
      List<YamlNode> items = ((YamlNode.Sequence) node).items();
      List<Object> values = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        values.add(plain(source, KeyPath.item(keyPath, i), items.get(i)));
      }
      return Collections.unmodifiableList(values);
    }
    Object value = ((YamlNode.Scalar) node).value();
    if (value == null) {
      throw Values.error(source, node, keyPath, "expected a value, found null");
    }
    return value;
  }
}
