package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sessionhost.support.yaml.LocatedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandChecksConfigTest {

  @TempDir Path dir;

  private Path file;

  private SessionhostConfig load(String yaml) {
    file = ConfigFiles.write(dir, yaml);
    return ConfigLoader.load(file, Path.of("/opt/sessionhost"));
  }

  private String errorOf(String yaml) {
    file = ConfigFiles.write(dir, yaml);
    return catchThrowableOfType(
            LocatedException.class, () -> ConfigLoader.load(file, Path.of("/opt/sessionhost")))
        .getMessage();
  }

  @Test
  void anEntryBecomesPlainValuesForThePlugin() {
    SessionhostConfig config =
        load(
            String.join(
                "\n",
                "commandChecks:",
                "  - id: DiskSpaceCheck",
                "    command: [\"/usr/lib/nagios/plugins/check_disk\", \"-w\", \"20%\", \"-p\", \"/\"]",
                "    failureEffect: NeedsAssistance",
                "    warningIs: passed",
                "    timeout: 1m30s",
                "    workingDirectory: work",
                "    environment:",
                "      PGUSER: monitor",
                "      PGPASSWORD: { value: s3cret, secret: true }",
                ""));

    assertThat(config.commandChecks().entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.get("id")).isEqualTo("DiskSpaceCheck");
              assertThat(entry.get("command"))
                  .isEqualTo(List.of("/usr/lib/nagios/plugins/check_disk", "-w", "20%", "-p", "/"));
              assertThat(entry.get("failureEffect")).isEqualTo("NEEDS_ASSISTANCE");
              assertThat(entry.get("warningIs")).isEqualTo("PASSED");
              assertThat(entry.get("timeout")).isEqualTo("90000ms");
              assertThat(entry.get("workingDirectory")).isEqualTo(dir.resolve("work").toString());
              assertThat(entry.get("environment"))
                  .isEqualTo(
                      List.of(
                          Map.of("name", "PGUSER", "value", "monitor", "secret", false),
                          Map.of("name", "PGPASSWORD", "value", "s3cret", "secret", true)));
            });
  }

  @Test
  void noSectionMeansNoCommandChecks() {
    assertThat(load("agent: {}\n").commandChecks().entries()).isEmpty();
  }

  @Test
  void anEntryWithoutAnIdIsNamedByItsPlace() {
    assertThat(errorOf("commandChecks:\n  - command: [/bin/true]\n"))
        .isEqualTo(file + ":2:5: commandChecks[0]: needs an id (e.g. DiskSpaceCheck)");
  }

  @Test
  void aCommandMustBeAListBecauseNoShellIsUsed() {
    assertThat(errorOf("commandChecks:\n  - id: A\n    command: /bin/check_x -w 5\n"))
        .startsWith(file + ":3:14: commandChecks[0].command: expected the program and its")
        .contains("no shell");
  }

  @Test
  void twoEntriesWithOneIdAreRejected() {
    assertThat(
            errorOf(
                "commandChecks:\n  - { id: A, command: [/bin/true] }\n"
                    + "  - { id: a, command: [/bin/true] }\n"))
        .isEqualTo(file + ":3:11: commandChecks[1].id: another command check has the id a");
  }

  @Test
  void warningIsTakesPassedOrFailed() {
    assertThat(errorOf("commandChecks:\n  - { id: A, command: [x], warningIs: maybe }\n"))
        .contains("commandChecks[0].warningIs: expected PASSED or FAILED");
  }

  @Test
  void aSecretNeedsItsValueAndUnknownKeysAreNamed() {
    assertThat(
            errorOf(
                "commandChecks:\n  - id: A\n    command: [x]\n    environment:\n"
                    + "      TOKEN: { secret: true }\n"))
        .contains("commandChecks[0].environment.TOKEN: needs a value");
    assertThat(errorOf("commandChecks:\n  - { id: A, command: [x], timout: 5s }\n"))
        .contains("commandChecks[0].timout: unknown key");
  }

  @Test
  void aBadVariableNameIsRejected() {
    assertThat(
            errorOf(
                "commandChecks:\n  - id: A\n    command: [x]\n    environment:\n      1BAD: x\n"))
        .contains("commandChecks[0].environment.1BAD: not a valid environment variable name");
  }
}
