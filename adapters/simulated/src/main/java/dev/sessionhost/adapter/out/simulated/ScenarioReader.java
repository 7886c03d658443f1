package dev.sessionhost.adapter.out.simulated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

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

  /** Parses the content of the file. */
  static Scenario parse(Path file, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.lines().allMatch(line -> line.isBlank() || line.trim().startsWith("#"))) {
      // An empty file is more likely a half-written one than a host with nothing on it.
      throw new ScenarioException(
          file, "the scenario is empty (start from examples/scenarios/healthy.yaml)", null);
    }
    try {
      return Mapper.INSTANCE.readValue(content, Scenario.class);
    } catch (JacksonException e) {
      throw ScenarioErrors.describe(file, text, e);
    }
  }

  /** The one mapper, built on first use: the holder keeps Jackson off the start-up path. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        YAMLMapper.builder()
            // Explicit although it is the default: a misspelt key must never be ignored.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // "yes" or "3389" in quotes is a mistake to point at, not to guess about.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(
                new SimpleModule("scenario")
                    .addDeserializer(Duration.class, new DurationDeserializer())
                    .addDeserializer(Endpoint.class, new EndpointDeserializer())
                    .addKeyDeserializer(UrlKey.class, new UrlKeyDeserializer()))
            .build();
  }
}
