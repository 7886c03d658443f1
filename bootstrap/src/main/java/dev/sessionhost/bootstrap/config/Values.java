package dev.sessionhost.bootstrap.config;

import dev.sessionhost.plugin.api.DurationText;
import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

/** Reads one YAML value as the type its key needs, or says where and why it does not fit. */
final class Values {

  private Values() {}

  static String text(String source, String keyPath, YamlNode node) {
    Object value = scalarValue(node);
    if (value instanceof String) {
      return (String) value;
    }
    throw error(source, node, keyPath, "expected a text, found " + node.describe());
  }

  static boolean bool(String source, String keyPath, YamlNode node) {
    Object value = scalarValue(node);
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if ("true".equalsIgnoreCase(String.valueOf(value))
        || "false".equalsIgnoreCase(String.valueOf(value))) {
      return Boolean.parseBoolean((String) value); // quoted "true" is still clear enough
    }
    throw error(source, node, keyPath, "expected true or false, found " + node.describe());
  }

  static int integer(String source, String keyPath, YamlNode node, int min, int max) {
    Object value = scalarValue(node);
    boolean whole = value instanceof Integer || value instanceof Long;
    long number = whole ? ((Number) value).longValue() : 0;
    if (!whole || number < min || number > max) {
      String expected = "expected a whole number from " + min + " to " + max;
      throw error(source, node, keyPath, expected + ", found " + node.describe());
    }
    return (int) number;
  }

  /** A duration longer than zero, from {@code atLeast} to {@code atMost}. */
  static Duration duration(
      String source, String keyPath, YamlNode node, Duration atLeast, Duration atMost) {
    Object value = scalarValue(node);
    String text = value instanceof String ? (String) value : null;
    Duration duration = text == null ? null : DurationText.parse(text).orElse(null);
    if (duration == null) {
      throw error(
          source, node, keyPath, node.describe() + " is not a duration (use e.g. 500ms, 10s, 2m)");
    }
    if (duration.isZero() || duration.isNegative()) {
      throw error(source, node, keyPath, "must be longer than 0s, found " + node.describe());
    }
    if (duration.compareTo(atLeast) < 0) {
      String least = "must be at least " + DurationText.format(atLeast);
      throw error(source, node, keyPath, least + ", found " + node.describe());
    }
    if (duration.compareTo(atMost) > 0) {
      String most = "must be at most " + DurationText.format(atMost);
      throw error(source, node, keyPath, most + ", found " + node.describe());
    }
    return duration;
  }

  /** A path as written, resolved against {@code base} when relative. */
  static Path path(String source, String keyPath, YamlNode node, Path base) {
    String text = text(source, keyPath, node).trim();
    try {
      return base.resolve(text).normalize();
    } catch (InvalidPathException e) {
      throw error(source, node, keyPath, "not a valid path: " + e.getReason());
    }
  }

  static ConfigException error(String source, YamlNode node, String keyPath, String problem) {
    return new ConfigException(source, node.line(), node.column(), keyPath, problem);
  }

  private static Object scalarValue(YamlNode node) {
    // BigInteger is too large for any of our numbers: leave it to the range message
    Object value = node instanceof YamlNode.Scalar ? ((YamlNode.Scalar) node).value() : null;
    return value instanceof BigInteger ? null : value;
  }
}
