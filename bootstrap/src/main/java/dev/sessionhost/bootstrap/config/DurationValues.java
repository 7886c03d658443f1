package dev.sessionhost.bootstrap.config;

import dev.sessionhost.plugin.api.DurationText;
import dev.sessionhost.support.yaml.Section;
import dev.sessionhost.support.yaml.Values;
import dev.sessionhost.support.yaml.YamlNode;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a duration of the configuration in the SDK's grammar ({@link DurationText}), within bounds;
 * the YAML support reads everything else but knows nothing of the SDK.
 */
final class DurationValues {

  private DurationValues() {}

  /**
   * A duration longer than zero, from {@code atLeast} to {@code atMost}; empty when not written.
   */
  static Optional<Duration> duration(Section s, String key, Duration atLeast, Duration atMost) {
    Optional<YamlNode> node = s.value(key);
    return node.isEmpty()
        ? Optional.empty()
        : Optional.of(duration(s.source(), s.pathOf(key), node.get(), atLeast, atMost));
  }

  private static Duration duration(
      String source, String keyPath, YamlNode node, Duration atLeast, Duration atMost) {
    Object value = node instanceof YamlNode.Scalar ? ((YamlNode.Scalar) node).value() : null;
    String text = value instanceof String ? (String) value : null;
    Duration duration = text == null ? null : DurationText.parse(text).orElse(null);
    if (duration == null) {
      throw Values.error(
          source, node, keyPath, node.describe() + " is not a duration (use e.g. 500ms, 10s, 2m)");
    }
    if (duration.isZero() || duration.isNegative()) {
      throw Values.error(source, node, keyPath, "must be longer than 0s, found " + node.describe());
    }
    if (duration.compareTo(atLeast) < 0) {
      String least = "must be at least " + DurationText.format(atLeast);
      throw Values.error(source, node, keyPath, least + ", found " + node.describe());
    }
    if (duration.compareTo(atMost) > 0) {
      String most = "must be at most " + DurationText.format(atMost);
      throw Values.error(source, node, keyPath, most + ", found " + node.describe());
    }
    return duration;
  }
}
