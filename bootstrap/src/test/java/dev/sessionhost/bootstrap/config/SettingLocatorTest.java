package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.support.yaml.LocatedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setting a plugin refused after the file was read, placed in the file like any other error. */
class SettingLocatorTest {

  private static final String YAML =
      """
      commandChecks:
        - id: Quick
          command: [/bin/true]
        - id: Slow
          command: [/bin/true]
          timeout: 30s
      """;

  @TempDir Path dir;

  @Test
  void aKeyInTheFileIsNamedWithItsLineColumnAndTheValueAsWritten() {
    Path file = ConfigFiles.write(dir, YAML);

    LocatedException e =
        SettingLocator.invalid(
            file.toString(), "commandChecks[1].timeout", "at most 5s", "\"30000ms\"");

    assertThat(e.getMessage())
        .isEqualTo(file + ":6:14: commandChecks[1].timeout: expected at most 5s, found \"30s\"");
    assertThat(e.key()).isEqualTo("commandChecks[1].timeout");
  }

  @Test
  void aMissingKeyIsPlacedAtTheClosestSectionWrittenWithWhatThePluginFound() {
    Path file = ConfigFiles.write(dir, YAML);

    LocatedException e =
        SettingLocator.invalid(file.toString(), "commandChecks[0].owner", "a text", "nothing");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("expected a text, found nothing");
  }

  @Test
  void withoutAFileOnlyTheKeyIsNamed() {
    LocatedException e = SettingLocator.invalid("", "commandChecks[0].timeout", "at most 5s", "1m");

    assertThat(e.getMessage()).isEqualTo("commandChecks[0].timeout: expected at most 5s, found 1m");
  }

  @Test
  void aFileThatWentAwayStillNamesItAndTheKey() {
    String gone = dir.resolve("gone.yaml").toString();

    LocatedException e = SettingLocator.invalid(gone, "commandChecks[3].id", "a check id", "\"?\"");

    assertThat(e.getMessage())
        .isEqualTo(gone + ": commandChecks[3].id: expected a check id, found \"?\"");
  }
}
