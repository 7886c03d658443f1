package dev.sessionhost.support.yaml;

import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one YAML value as the type its key needs, or says where and why it does not fit: every
 * error is a {@link LocatedException} at the value, naming the key path and what was found.
 */
public final class Values {

  private Values() {}

  /** A text; a number or boolean is not one (write it in quotes). */
  public static String text(String source, String keyPath, YamlNode node) {
    Object value = scalarValue(node);
    if (value instanceof String) {
      return (String) value;
    }
    throw error(source, node, keyPath, "expected a text, found " + node.describe());
  }

  /** A text, or a number or boolean taken as text ({@code detail: 404} reads {@code "404"}). */
  public static String writtenText(String source, String keyPath, YamlNode node) {
    Object value = node instanceof YamlNode.Scalar ? ((YamlNode.Scalar) node).value() : null;
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw error(source, node, keyPath, "expected a text, found " + node.describe());
  }

  /** {@code true} or {@code false}, also in quotes. */
  public static boolean bool(String source, String keyPath, YamlNode node) {
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

  /** A whole number from {@code min} to {@code max}; a decimal one is refused, not cut. */
  public static int integer(String source, String keyPath, YamlNode node, int min, int max) {
    return (int) whole(source, keyPath, node, min, max);
  }

  /** A whole number from {@code min} to {@code max} (the full range of a long: any). */
  public static long whole(String source, String keyPath, YamlNode node, long min, long max) {
    Object value = scalarValue(node);
    boolean whole = value instanceof Integer || value instanceof Long;
    long number = whole ? ((Number) value).longValue() : 0;
    if (!whole || number < min || number > max) {
      String expected =
          (min == Long.MIN_VALUE && max == Long.MAX_VALUE)
                  || (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE)
              ? "expected a whole number"
              : "expected a whole number from " + min + " to " + max;
      throw error(source, node, keyPath, expected + ", found " + node.describe());
    }
    return number;
  }

  /**
   * Text read by {@code parser}, whose {@link IllegalArgumentException} message says what is wrong
   * with it; a value that is not text is refused as not the {@code expected} one (e.g. {@code "a
   * duration with a unit"}).
   */
  public static <T> T parsed(
      String source, String keyPath, YamlNode node, Function<String, T> parser, String expected) {
    Object value = scalarValue(node);
    if (!(value instanceof String)) {
      throw error(source, node, keyPath, "expected " + expected + ", found " + node.describe());
    }
    try {
      return parser.apply((String) value);
    } catch (IllegalArgumentException e) {
      throw error(source, node, keyPath, e.getMessage());
    }
  }

  /** A path as written, resolved against {@code base} when relative. */
  public static Path path(String source, String keyPath, YamlNode node, Path base) {
    String text = text(source, keyPath, node).trim();
    try {
      return base.resolve(text).normalize();
    } catch (InvalidPathException e) {
      throw error(source, node, keyPath, "not a valid path: " + e.getReason());
    }
  }

  /** The items of a list; anything else is refused as not the {@code expected} list. */
  public static List<YamlNode> items(
      String source, String keyPath, YamlNode node, String expected) {
    if (node instanceof YamlNode.Sequence) {
      return ((YamlNode.Sequence) node).items();
    }
    throw error(source, node, keyPath, "expected " + expected + ", found " + node.describe());
  }

  /** The error at the value. */
  public static LocatedException error(
      String source, YamlNode node, String keyPath, String problem) {
    return new LocatedException(source, node.line(), node.column(), keyPath, problem);
  }

  private static Object scalarValue(YamlNode node) {
    // BigInteger is too large for any of our numbers: leave it to the range message
    Object value = node instanceof YamlNode.Scalar ? ((YamlNode.Scalar) node).value() : null;
    return value instanceof BigInteger ? null : value;
  }
}
