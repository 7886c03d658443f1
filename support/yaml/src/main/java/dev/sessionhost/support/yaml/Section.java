package dev.sessionhost.support.yaml;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One section of keys being read: it rejects keys it does not know and reads each value as the type
 * its key needs, naming the file, line, column and key path when a value does not fit. A key
 * written without a value ({@code key:}, {@code null}, {@code ""}) reads as not written, so its
 * default holds.
 */
public final class Section {

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
   * empty); a node written without a value stands for an empty section.
   *
   * @param source the file as the user named it
   * @param path the node's key path, empty for the document
   */
  public static Section of(String source, String path, YamlNode node, List<String> known) {
    if (isEmpty(node)) {
      node = new YamlNode.Mapping(List.of(), node.line(), node.column());
    }
    if (!(node instanceof YamlNode.Mapping)) {
      String expected = known.isEmpty() ? "a section" : "a section of keys (" + keys(known) + ")";
      throw Values.error(source, node, path, "expected " + expected + ", found " + node.describe());
    }
    Section section = new Section(source, path, (YamlNode.Mapping) node);
    section.rejectUnknown(known);
    return section;
  }

  /** Rejects the first key not {@code known} (none when that is empty), at the key. */
  private void rejectUnknown(List<String> known) {
    if (known.isEmpty()) {
      return;
    }
    for (YamlNode.Entry entry : mapping.entries()) {
      if (!known.contains(entry.key())) {
        throw keyError(entry, "unknown key (known: " + keys(known) + ")");
      }
    }
  }

  /** The file as the user named it. */
  public String source() {
    return source;
  }

  /** The key path of the section itself, empty for the document. */
  public String path() {
    return path;
  }

  /** The keys in the order written. */
  public List<YamlNode.Entry> entries() {
    return mapping.entries();
  }

  /** The key path of one of the section's keys. */
  public String pathOf(String key) {
    return KeyPath.child(path, key);
  }

  /** The value of a key, empty when the key is missing or written without a value. */
  public Optional<YamlNode> value(String key) {
    return Optional.ofNullable(valueOrNull(key));
  }

  /**
   * A nested section with only the {@code known} keys (any key when that is empty); an empty one at
   * this section's place when the key is missing, so that reading it yields the defaults.
   */
  public Section section(String key, List<String> known) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? new Section(
            source, pathOf(key), new YamlNode.Mapping(List.of(), mapping.line(), mapping.column()))
        : of(source, pathOf(key), node, known);
  }

  /** A text; see {@link Values#text}. */
  public Optional<String> text(String key) {
    YamlNode node = valueOrNull(key);
    return node == null ? Optional.empty() : Optional.of(Values.text(source, pathOf(key), node));
  }

  /**
   * The text as written: a number or boolean taken as text, and {@code ""} an empty text rather
   * than a key without a value; empty only when the key is missing or has no value (or {@code
   * null}).
   */
  public Optional<String> writtenText(String key) {
    YamlNode.Entry entry = mapping.entry(key);
    if (entry == null
        || (entry.value() instanceof YamlNode.Scalar
            && ((YamlNode.Scalar) entry.value()).value() == null)) {
      return Optional.empty();
    }
    return Optional.of(Values.writtenText(source, pathOf(key), entry.value()));
  }

  /** Text read by a parser whose {@link IllegalArgumentException} message says what is wrong. */
  public <T> Optional<T> parsed(String key, Function<String, T> parser) {
    return parsed(key, parser, "a text");
  }

  /**
   * As {@link #parsed(String, Function)}, a value that is not text refused as not {@code expected}.
   */
  public <T> Optional<T> parsed(String key, Function<String, T> parser, String expected) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? Optional.empty()
        : Optional.of(Values.parsed(source, pathOf(key), node, parser, expected));
  }

  /** {@code true} or {@code false}; see {@link Values#bool}. */
  public Optional<Boolean> bool(String key) {
    YamlNode node = valueOrNull(key);
    return node == null ? Optional.empty() : Optional.of(Values.bool(source, pathOf(key), node));
  }

  /** A whole number from {@code min} to {@code max}; see {@link Values#integer}. */
  public Optional<Integer> integer(String key, int min, int max) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? Optional.empty()
        : Optional.of(Values.integer(source, pathOf(key), node, min, max));
  }

  /** A whole number from {@code min} to {@code max}; see {@link Values#whole}. */
  public Optional<Long> whole(String key, long min, long max) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? Optional.empty()
        : Optional.of(Values.whole(source, pathOf(key), node, min, max));
  }

  /** A path, resolved against {@code base} when relative. */
  public Optional<Path> path(String key, Path base) {
    YamlNode node = valueOrNull(key);
    return node == null
        ? Optional.empty()
        : Optional.of(Values.path(source, pathOf(key), node, base));
  }

  /**
   * An error about a key of this section: at the key when it is written, else at the section (a
   * required key left out); for the section as a whole when {@code key} is empty.
   */
  public LocatedException error(String key, String problem) {
    if (key.isEmpty()) {
      return new LocatedException(source, mapping.line(), mapping.column(), path, problem);
    }
    YamlNode.Entry entry = mapping.entry(key);
    return entry != null
        ? keyError(entry, problem)
        : new LocatedException(source, mapping.line(), mapping.column(), pathOf(key), problem);
  }

  /** An error at one of the section's keys (not its value), such as a key that is not allowed. */
  public LocatedException keyError(YamlNode.Entry entry, String problem) {
    return new LocatedException(source, entry.line(), entry.column(), pathOf(entry.key()), problem);
  }

  private YamlNode valueOrNull(String key) {
    YamlNode.Entry entry = mapping.entry(key);
    return entry == null || isEmpty(entry.value()) ? null : entry.value();
  }

  private static boolean isEmpty(YamlNode node) {
    return node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isEmpty();
  }

  private static String keys(List<String> known) {
    return String.join(", ", known);
  }
}
