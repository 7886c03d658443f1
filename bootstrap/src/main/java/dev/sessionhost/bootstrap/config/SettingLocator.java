package dev.sessionhost.bootstrap.config;

import dev.sessionhost.support.yaml.KeyPath;
import dev.sessionhost.support.yaml.LocatedException;
import dev.sessionhost.support.yaml.YamlNode;
import dev.sessionhost.support.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a setting that a plugin found invalid after the file was read (an entry of {@code
 * commandChecks} a check provider refused) into a configuration error like any other: the file read
 * again to find the line and column of the key, and the value as written there.
 */
public final class SettingLocator {

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
  public static LocatedException invalid(
      String source, String keyPath, String expected, String found) {
    Optional<YamlNode> root = read(source);
    if (root.isEmpty()) {
      return new LocatedException(source, 0, 0, keyPath, problem(expected, found));
    }
    YamlNode at = root.get();
    boolean whole = true;
    for (Object step : KeyPath.steps(keyPath)) {
      YamlNode next = child(at, step);
      if (next == null) {
        whole = false;
        break;
      }
      at = next;
    }
    String shown = whole && !(at instanceof YamlNode.Mapping) ? at.describe() : found;
    return new LocatedException(source, at.line(), at.column(), keyPath, problem(expected, shown));
  }

  private static String problem(String expected, String found) {
    return "expected " + expected + ", found " + found;
  }

  private static YamlNode child(YamlNode node, Object step) {
    if (step instanceof String && node instanceof YamlNode.Mapping mapping) {
      YamlNode.Entry entry = mapping.entry((String) step);
      return entry == null ? null : entry.value();
    }
    if (step instanceof Integer && node instanceof YamlNode.Sequence sequence) {
      int i = (Integer) step;
      return i < sequence.items().size() ? sequence.items().get(i) : null;
    }
    return null;
  }

  private static Optional<YamlNode> read(String source) {
    if (source.isEmpty()) {
      return Optional.empty();
    }
    try {
      return YamlReader.read(Files.readAllBytes(Path.of(source)), source);
    } catch (IOException | InvalidPathException | LocatedException e) {
      // the file changed or went away since it was read: the key alone must do
      return Optional.empty();
    }
  }
}
