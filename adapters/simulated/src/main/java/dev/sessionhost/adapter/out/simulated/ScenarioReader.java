package dev.sessionhost.adapter.out.simulated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/** Reads a scenario file into a {@link Scenario}, or says exactly where and why it cannot. */
final class ScenarioReader {

  private ScenarioReader() {}

  /** Reads and parses the file. */
  static Scenario read(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file, "no such file", e);
    } catch (IOException e) {
      throw new ScenarioException(file, "cannot be read: " + e, e);
    }
    return parse(file, content);
  }

  /** Parses the content of the file; null when the document says only {@code null}. */
  static Scenario parse(Path file, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.lines().allMatch(line -> line.isBlank() || line.trim().startsWith("#"))) {
      // An empty file is more likely a half-written one than a host with nothing on it.
      throw new ScenarioException(
          file, "the scenario is empty (start from examples/scenarios/healthy.yaml)", null);
    }
    try (JsonParser parser = Factory.INSTANCE.createParser(ObjectReadContext.empty(), content)) {
      return YamlBinder.document(
          parser, Scenario.class, in -> in.section(ScenarioSections.SCENARIO));
    } catch (ScenarioProblem problem) {
      throw ScenarioErrors.describe(file, text, problem);
    }
  }

  /** The one parser factory, built on first use: only the simulated environment pays for it. */
  private static final class Factory {
    // A key written twice is a mistake to point at, not a value to overwrite; a key written
    // without a value keeps its default.
    static final YAMLFactory INSTANCE =
        YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
            .build();
  }
}
