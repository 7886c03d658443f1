package dev.sessionhost.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One section of keys being read: it rejects keys it does not know and reads each value as the type
 * its key needs, naming the file, line, column and key path when a value does not fit.
 */
final class Section {

  private final String source;
  private final String path;
  private final YamlNode.Mapping mapping;

  private Section(String source, String path, YamlNode.Mapping mapping) {
    this.source = source;
    this.path = path;
    this.mapping = mapping;
  }

  /**
   * Reads a node that must be a section with only the {@code known} keys (any key when that is
   * empty); a key written without a value stands for an empty section.
   */
  static Section of(String source, String path, YamlNode node, List<String> known) {
    if (isEmpty(node)) {
      node = new YamlNode.Mapping(List.of(), node.line(), node.column());
    }
    if (!(node instanceof YamlNode.Mapping)) {
      String expected = known.isEmpty() ? "a section" : "a section of keys (" + keys(known) + ")";
      throw Values.error(source, node, path, "expected " + expected + ", found " + node.describe());
    }
    Section section = new Section(source, path, (YamlNode.Mapping) node);
    for (YamlNode.Entry entry : section.entries()) {
      if (!known.isEmpty() && !known.contains(entry.key())) {
        throw new ConfigException(
            source,
            entry.line(),
            entry.column(),
            section.pathOf(entry.key()),
            "unknown key (known: " + keys(known) + ")");
      }
    }
    return section;
  }

  String source() {
    return source;
  }

  List<YamlNode.Entry> entries() {
    return mapping.entries();
  }

  String pathOf(String key) {
    return KeyPath.child(path, key);
  }

  /** The value of a key, empty when the key is missing or written without a value. */
  Optional<YamlNode> value(String key) {
    return Optional.ofNullable(valueOrNull(key));
  }

  /**
   * A nested section with only the {@code known} keys (any key when that is empty); an empty one
   * when the key is missing, so that reading it yields the defaults.
   */
  Section section(String key, List<String> known) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? new Section(source, pathOf(key), new YamlNode.Mapping(List.of(), 0, 0))
        : of(source, pathOf(key), node, known);
  }

  Optional<String> text(String key) {
    YamlNode node = valueOrNull(key);
    return node == null ? Optional.empty() : Optional.of(Values.text(source, pathOf(key), node));
  }

  /** Text read by a parser whose {@link IllegalArgumentException} message says what is wrong. */
  <T> Optional<T> parsed(String key, Function<String, T> parser) {
    YamlNode node = valueOrNull(key);
    if (node == null) {
      return Optional.empty();
    }
    String text = Values.text(source, pathOf(key), node);
    try {
      return Optional.of(parser.apply(text));
    } catch (IllegalArgumentException e) {
      throw Values.error(source, node, pathOf(key), e.getMessage());
    }
  }

  Optional<Boolean> bool(String key) {
    YamlNode node = valueOrNull(key);
    return node == null ? Optional.empty() : Optional.of(Values.bool(source, pathOf(key), node));
  }

  Optional<Integer> integer(String key, int min, int max) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? Optional.empty()
        : Optional.of(Values.integer(source, pathOf(key), node, min, max));
  }

  /** A duration longer than zero, from {@code atLeast} to {@code atMost}. */
  Optional<Duration> duration(String key, Duration atLeast, Duration atMost) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? Optional.empty()
        : Optional.of(Values.duration(source, pathOf(key), node, atLeast, atMost));
  }

  /** A path, resolved against {@code base} when relative. */
  Optional<Path> path(String key, Path base) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? Optional.empty()
        : Optional.of(Values.path(source, pathOf(key), node, base));
  }

  // plain loops rather than streams and lambdas: each lambda costs class spinning at start-up
  private YamlNode valueOrNull(String key) {
    for (YamlNode.Entry entry : mapping.entries()) {
      if (entry.key().equals(key)) {
        return isEmpty(entry.value()) ? null : entry.value();
      }
    }
    return null;
  }

  private static boolean isEmpty(YamlNode node) {
    return node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isEmpty();
  }

  private static String keys(List<String> known) {
    return String.join(", ", known);
  }
}
