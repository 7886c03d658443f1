package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.support.yaml.LocatedException;
import dev.sessionhost.support.yaml.Section;
import dev.sessionhost.support.yaml.YamlNode;
import dev.sessionhost.support.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a scenario file into a {@link Scenario}, or says exactly where and why it cannot. */
final class ScenarioReader {

  private ScenarioReader() {}

  /**
   * Reads and parses the file.
   *
   * @throws LocatedException naming the file, and the line, column and key when the fault is in it
   */
  static Scenario read(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw LocatedException.aboutFile(file.toString(), "no such file", e);
    } catch (IOException e) {
      throw LocatedException.aboutFile(file.toString(), "cannot be read: " + e, e);
    }
    return parse(file, content);
  }

  /** Parses the content of the file. */
  static Scenario parse(Path file, byte[] content) {
    String source = file.toString();
    Optional<YamlNode> root = YamlReader.read(content, source);
    if (root.isEmpty()
        || (root.get() instanceof YamlNode.Scalar && ((YamlNode.Scalar) root.get()).isEmpty())) {
      // An empty file is more likely a half-written one than a host with nothing on it.
      throw LocatedException.aboutFile(
          source, "the scenario is empty (start from examples/scenarios/healthy.yaml)");
    }
    return ScenarioSections.scenario(
        Section.of(source, "", root.get(), ScenarioSections.SCENARIO_KEYS));
  }
}
