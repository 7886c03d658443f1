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
  void anEntryIsHandedToThePluginAsWritten() {
    SessionhostConfig config =
        load(
            String.join(
                "\n",
                "commandChecks:",
                "  - id: DiskSpaceCheck",
                "    command: [\"/usr/lib/nagios/plugins/check_disk\", \"-w\", \"20%\", \"-p\", \"/\"]",
                "    failureEffect: NeedsAssistance",
                "    timeout: 1m30s",
                "    workingDirectory: /var/tmp",
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
              assertThat(entry.get("failureEffect")).isEqualTo("NeedsAssistance");
              assertThat(entry.get("timeout")).isEqualTo("1m30s");
              assertThat(entry.get("workingDirectory")).isEqualTo("/var/tmp");
              assertThat(entry.get("environment"))
                  .isEqualTo(
                      Map.of(
                          "PGUSER",
                          "monitor",
                          "PGPASSWORD",
                          Map.of("value", "s3cret", "secret", true)));
            });
  }

  @Test
  void noSectionMeansNoCommandChecks() {
    assertThat(load("agent: {}\n").commandChecks().entries()).isEmpty();
  }

  @Test
  void theSectionIsAListOfEntries() {
    assertThat(errorOf("commandChecks: { id: A }\n"))
        .startsWith(file + ":1:16: commandChecks: expected a list of command checks");
    assertThat(errorOf("commandChecks:\n  - /bin/true\n"))
        .startsWith(file + ":2:5: commandChecks[0]: expected a command check");
  }

  @Test
  void whatAnEntryHoldsIsThePluginsToJudge() {
    // the host no longer knows the keys: an unknown one reaches the plugin, which refuses it
    assertThat(load("commandChecks:\n  - { id: A, command: [x], timout: 5s }\n").commandChecks())
        .extracting(section -> section.entries().get(0).get("timout"))
        .isEqualTo("5s");
  }
}
