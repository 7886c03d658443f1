package dev.sessionhost.bootstrap.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a setting that a plugin found invalid after the file was read (an entry of {@code
 * commandChecks} a check provider refused) into a configuration error like any other: the file read
 * again to find the line and column of the key, and the value as written there.
 */
public final class SettingLocator {

  /** A key path's steps: {@code name} or {@code [index]}. */
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private SettingLocator() {}

  /**
   * The configuration error for an invalid setting.
   *
   * @param source the configuration file as the user named it; empty when none was read
   * @param keyPath the setting's key path, such as {@code commandChecks[0].timeout}
   * @param expected what a valid value looks like
   * @param found the value as the plugin saw it, shown when the file does not have the key
   * @return the error naming the file, the line and column of the key (of its closest section
   *     written when the key is missing), and the key
   */
  public static ConfigException invalid(
      String source, String keyPath, String expected, String found) {
    Optional<YamlNode> root = read(source);
    if (root.isEmpty()) {
      return new ConfigException(source, 0, 0, keyPath, problem(expected, found));
    }
    YamlNode at = root.get();
    boolean whole = true;
    Matcher step = STEP.matcher(keyPath);
    while (step.find()) {
      Optional<YamlNode> next = child(at, step.group(1), step.group(2));
      if (next.isEmpty()) {
        whole = false;
        break;
      }
      at = next.get();
    }
    String shown = whole && !(at instanceof YamlNode.Mapping) ? at.describe() : found;
    return new ConfigException(source, at.line(), at.column(), keyPath, problem(expected, shown));
  }

  private static String problem(String expected, String found) {
    return "expected " + expected + ", found " + found;
  }

  private static Optional<YamlNode> child(YamlNode node, String key, String index) {
    if (key != null && node instanceof YamlNode.Mapping mapping) {
      return mapping.entries().stream()
          .filter(entry -> entry.key().equals(key))
          .map(YamlNode.Entry::value)
          .findFirst();
    }
    if (index != null && node instanceof YamlNode.Sequence sequence) {
      int i = Integer.parseInt(index);
      return i < sequence.items().size() ? Optional.of(sequence.items().get(i)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<YamlNode> read(String source) {
    if (source.isEmpty()) {
      return Optional.empty();
    }
    try {
      return YamlTreeReader.read(Files.readAllBytes(Path.of(source)), source);
    } catch (IOException | InvalidPathException | ConfigException e) {
      // the file changed or went away since it was read: the key alone must do
      return Optional.empty();
    }
  }
}
