package dev.sessionhost.plugins.commandchecks;

import static dev.sessionhost.plugins.commandchecks.Checks.check;
import static dev.sessionhost.plugins.commandchecks.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandChecksProviderTest {

  private static final List<String> TRUE = List.of("/bin/true");

  private final CommandChecksProvider provider = new CommandChecksProvider();

  @Test
  void readsTheCommandChecksSectionAndMakesOneCheckPerEntryInOrder() {
    List<HealthCheck> checks =
        provider.checks(
            List.of(
                CheckSettings.of("commandChecks[0]", entry("First", TRUE)),
                CheckSettings.of("commandChecks[1]", entry("Second", TRUE))));

    assertThat(provider.section()).isEqualTo("commandChecks");
    assertThat(checks).extracting(c -> c.descriptor().id()).containsExactly("First", "Second");
    assertThat(provider.checks(List.of())).isEmpty();
  }

  @Test
  void anEntryWithOnlyIdAndCommandGetsTheDefaults() {
    CheckDescriptor descriptor =
        check(entry("DiskSpaceCheck", List.of("check_disk", "-p", "/"))).descriptor();

    assertThat(descriptor.displayName()).isEqualTo("DiskSpaceCheck");
    assertThat(descriptor.verifies()).isEqualTo("the command check_disk -p / reports OK");
    assertThat(descriptor.severity()).isEqualTo(Severity.NON_FATAL);
    assertThat(descriptor.remediation())
        .startsWith("Run the command by hand as the agent's user and fix what it reports");
    assertThat(descriptor.defaultTimeout()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void theEntryNamesTextsEffectAndTimeout() {
    CommandCheck check =
        check(
            entry(
                "LoadCheck", List.of("check_load"),
                "displayName", "Load average",
                "description", "the load average is low",
                "remediation", "Find the busy process.",
                "failureEffect", "UNAVAILABLE",
                "timeout", "1m"));

    CheckDescriptor descriptor = check.descriptor();
    assertThat(descriptor.displayName()).isEqualTo("Load average");
    assertThat(descriptor.verifies()).isEqualTo("the load average is low");
    assertThat(descriptor.remediation()).isEqualTo("Find the busy process.");
    assertThat(descriptor.severity()).isEqualTo(Severity.FATAL);
    assertThat(descriptor.defaultTimeout()).isEqualTo(Duration.ofSeconds(65));
    assertThat(check(entry("A", TRUE, "failureEffect", "none")).descriptor().severity())
        .isEqualTo(Severity.INFORMATIONAL);
    assertThat(check(entry("A", TRUE, "timeout", "10m")).descriptor().defaultTimeout())
        .isEqualTo(CheckDescriptor.MAX_TIMEOUT);
  }

  @Test
  void wrongEntriesAreSettingErrorsNamingTheKey() {
    assertThat(error(Map.of("command", TRUE))).startsWith("setting 'id' of commandChecks[0]");
    assertThat(error(entry("9lives", TRUE)))
        .startsWith("setting 'id' of commandChecks[0]: expected a check id");
    assertThat(error(entry("A", List.of())))
        .startsWith(
            "setting 'command' of commandChecks[0]: expected the program and its arguments as a list");
    assertThat(error(Map.of("id", "A", "command", "/bin/check_x -w 5")))
        .startsWith(
            "setting 'command' of commandChecks[0]: expected the program and its arguments as a list");
    assertThat(error(entry("A", TRUE, "timout", "5s")))
        .startsWith("setting 'timout' of commandChecks[0]: expected one of the keys id, command,");
    assertThat(error(entry("A", TRUE, "warningIs", "maybe")))
        .isEqualTo(
            "setting 'warningIs' of commandChecks[0]: expected PASSED or FAILED, found \"maybe\"");
    assertThat(error(entry("A", TRUE, "failureEffect", "LOUD")))
        .startsWith(
            "setting 'failureEffect' of commandChecks[0]: expected UNAVAILABLE, NEEDS_ASSISTANCE or NONE");
    assertThat(error(entry("A", TRUE, "timeout", "0s"))).startsWith("setting 'timeout'");
    assertThat(error(entry("A", TRUE, "timeout", "11m"))).startsWith("setting 'timeout'");
    assertThat(error(entry("A", TRUE, "timeout", 10))).startsWith("setting 'timeout'");
    assertThat(error(entry("A", TRUE, "workingDirectory", "relative/dir")))
        .startsWith("setting 'workingDirectory' of commandChecks[0]: expected an absolute path");
  }

  @Test
  void wrongEnvironmentItemsAreSettingErrorsNamingTheItem() {
    assertThat(error(entry("A", TRUE, "environment", Map.of("1BAD", "x"))))
        .startsWith("setting 'environment.1BAD' of commandChecks[0]: expected a variable name");
    assertThat(error(entry("A", TRUE, "environment", Map.of("TOKEN", Map.of("secret", true)))))
        .startsWith("setting 'environment.TOKEN.value' of commandChecks[0]");
    assertThat(
            error(
                entry(
                    "A",
                    TRUE,
                    "environment",
                    Map.of("T", Map.of("value", "x", "secret", "maybe")))))
        .startsWith("setting 'environment.T.secret' of commandChecks[0]: expected true or false");
    assertThat(error(entry("A", TRUE, "environment", Map.of("T", List.of("x")))))
        .startsWith("setting 'environment.T' of commandChecks[0]: expected the variable's value");
    assertThat(error(entry("A", TRUE, "environment", List.of("TOKEN=x"))))
        .startsWith("setting 'environment' of commandChecks[0]: expected a section of settings");
  }

  @Test
  void twoEntriesWithOneIdAreRejectedWhateverTheCase() {
    List<CheckSettings> entries =
        List.of(
            CheckSettings.of("commandChecks[0]", entry("Same", TRUE)),
            CheckSettings.of("commandChecks[1]", entry("same", TRUE)));

    assertThat(catchThrowableOfType(SettingException.class, () -> provider.checks(entries)))
        .hasMessageStartingWith(
            "setting 'id' of commandChecks[1]: expected an id no other command check has");
  }

  private String error(Map<String, Object> entry) {
    return catchThrowableOfType(
            SettingException.class,
            () -> provider.checks(List.of(CheckSettings.of("commandChecks[0]", entry))))
        .getMessage();
  }
}
