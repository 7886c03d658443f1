package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cheap guards on the SDK's sources: it is a published contract, so its docs and imports matter.
 */
class SdkSourceTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/sessionhost/plugin/api");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?s)/\\*\\*(.*?)\\*/\\s*(?:@\\w+\\s*)*public\\s+(?:final\\s+|abstract\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  @Test
  void everyPublicTypeIsDocumentedWithASummarySentenceAndSince() throws IOException {
    List<Path> publicTypes = sources().filter(SdkSourceTest::declaresPublicType).toList();

    assertThat(publicTypes).as("enough public types were found").hasSizeGreaterThan(20);
    for (Path file : publicTypes) {
      Matcher type = PUBLIC_TYPE.matcher(Files.readString(file));
      assertThat(type.find()).as("%s has Javadoc right before its public type", file).isTrue();
      String javadoc = type.group(1);
      assertThat(type.group(2) + ".java").isEqualTo(file.getFileName().toString());
      assertThat(javadoc).as("%s Javadoc", file).containsPattern("@since 1\\.[0-2]\\b");
      assertThat(summary(javadoc)).as("%s summary", file).endsWith(".");
    }
  }

  @Test
  void thePackageIsDocumented() throws IOException {
    String packageInfo = Files.readString(SOURCES.resolve("package-info.java"));

    assertThat(packageInfo).contains("@since 1.0", "HealthCheck", "Plugin-Requires");
  }

  @Test
  void theSdkUsesOnlyTheJdkAndPf4j() throws IOException {
    List<Path> files = sources().toList();

    assertThat(files).isNotEmpty();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("import ")) {
          assertThat(line)
              .as("import in %s", file)
              .matches("import (static )?(java\\.|org\\.pf4j\\.ExtensionPoint;).*");
        }
      }
    }
  }

  private static Stream<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList().stream();
    }
  }

  private static boolean declaresPublicType(Path file) {
    try {
      // top-level declarations start in the first column
      return Files.readString(file).lines().anyMatch(line -> line.startsWith("public "));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first sentence: the text before the first blank line or block tag, joined. */
  private static String summary(String javadoc) {
    StringBuilder text = new StringBuilder();
    for (String line : javadoc.split("\n")) {
      String content = line.replaceFirst("^\\s*\\*?\\s?", "").strip();
      if (content.isEmpty() && text.length() > 0 || content.startsWith("@")) {
        break;
      }
      text.append(content).append(' ');
    }
    return text.toString().strip();
  }
}
