package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sessionhost.support.yaml.LocatedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigErrorsTest {

  @TempDir Path dir;

  private Path file;

  private LocatedException errorOf(String yaml) {
    file = ConfigFiles.write(dir, yaml);
    return catchThrowableOfType(
        LocatedException.class, () -> ConfigLoader.load(file, Path.of("/opt/sessionhost")));
  }

  @Test
  void anUnknownKeyInACheckIsNamedWithItsPlaceAndTheKnownKeys() {
    LocatedException e =
        errorOf(
            "checks:\n  SxSStackListenerCheck:\n    settings: { port: 3389 }\n    timout: 5s\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":4:5: checks.SxSStackListenerCheck.timout: unknown key (known: enabled,"
                + " timeout, interval, failuresBeforeFailing, successesBeforePassing,"
                + " failureEffect, settings)");
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("checks.SxSStackListenerCheck.timout");
  }

  @Test
  void anUnknownTopLevelKeyIsRejected() {
    LocatedException e = errorOf("agent: {}\nagnet:\n  cycleInterval: 10s\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":2:1: agnet: unknown key (known: agent, plugins, checks, http, broker,"
                + " commandChecks, brokerServer)");
  }

  @Test
  void aBadDurationIsQuotedWithExamples() {
    LocatedException e = errorOf("agent:\n  environment: linux\n  cycleInterval: 30 seconds\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":3:18: agent.cycleInterval: \"30 seconds\" is not a duration"
                + " (use e.g. 500ms, 10s, 2m)");
  }

  @Test
  void aBareNumberIsNotADurationBecauseItsUnitWouldBeAGuess() {
    LocatedException e = errorOf("checks:\n  defaults: { timeout: 10 }\n");

    assertThat(e.key()).isEqualTo("checks.defaults.timeout");
    assertThat(e.problem()).isEqualTo("10 is not a duration (use e.g. 500ms, 10s, 2m)");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(24);
  }

  @Test
  void aCycleShorterThanOneSecondIsRejected() {
    LocatedException e = errorOf("agent: { cycleInterval: 500ms }\n");

    assertThat(e.getMessage())
        .isEqualTo(file + ":1:25: agent.cycleInterval: must be at least 1s, found \"500ms\"");
  }

  @Test
  void aZeroOrTooLongTimeoutIsRejected() {
    assertThat(errorOf("checks:\n  X: { timeout: 0s }\n").problem())
        .isEqualTo("must be longer than 0s, found \"0s\"");
    assertThat(errorOf("checks:\n  X: { timeout: 11m }\n").problem())
        .isEqualTo("must be at most 10m, found \"11m\"");
  }

  @Test
  void aBadFailureEffectNamesTheAcceptedOnes() {
    LocatedException e = errorOf("checks:\n  UrlsAccessibleCheck:\n    failureEffect: Fatal\n");

    assertThat(e.key()).isEqualTo("checks.UrlsAccessibleCheck.failureEffect");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(20);
    assertThat(e.problem()).contains("'Fatal'", "UNAVAILABLE", "NeedsAssistance", "DoNotFail");
  }

  @Test
  void aBadEnvironmentNamesTheAcceptedOnes() {
    LocatedException e = errorOf("agent:\n  environment: windows\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file + ":2:16: agent.environment: expected linux or simulated, found \"windows\"");
  }

  @Test
  void thresholdsOutOfRangeAreRejected() {
    LocatedException zero = errorOf("checks:\n  defaults:\n    failuresBeforeFailing: 0\n");
    assertThat(zero.getMessage())
        .isEqualTo(
            file
                + ":3:28: checks.defaults.failuresBeforeFailing: expected a whole number"
                + " from 1 to 100, found 0");

    LocatedException tooMany = errorOf("checks:\n  X: { successesBeforePassing: 101 }\n");
    assertThat(tooMany.key()).isEqualTo("checks.X.successesBeforePassing");
    assertThat(tooMany.problem()).endsWith("found 101");

    assertThat(errorOf("checks:\n  X: { failuresBeforeFailing: \"3\" }\n").problem())
        .isEqualTo("expected a whole number from 1 to 100, found \"3\" (in quotes)");
  }

  @Test
  void aPortOutOfRangeIsRejected() {
    LocatedException e = errorOf("http:\n  port: 70000\n");

    assertThat(e.getMessage())
        .isEqualTo(file + ":2:9: http.port: expected a whole number from 0 to 65535, found 70000");
    assertThat(errorOf("http: { port: 99999999999999999999 }\n").key()).isEqualTo("http.port");
  }

  @Test
  void aWrongTypeIsNamedWithWhatWasFound() {
    assertThat(errorOf("agent: [ a, b ]\n").getMessage())
        .startsWith(file + ":1:8: agent: expected a section of keys (hostName, cycleInterval,")
        .endsWith("found a list");
    assertThat(errorOf("checks:\n  X: { enabled: yes }\n").problem())
        .isEqualTo("expected true or false, found \"yes\"");
    assertThat(errorOf("agent: { hostName: { a: 1 } }\n").problem())
        .isEqualTo("expected a text, found a section of keys");
    assertThat(errorOf("checks:\n  X: { settings: [ 1 ] }\n").key()).isEqualTo("checks.X.settings");
    assertThat(errorOf("plugins: { disabled: app-attach }\n").problem())
        .isEqualTo("expected a list of plugin ids, found \"app-attach\"");
    assertThat(errorOf("- just\n- a list\n").getMessage())
        .startsWith(file + ":1:1: expected a section of keys (agent, plugins,");
  }

  @Test
  void anInvalidCheckIdIsRejectedAtTheKey() {
    LocatedException e = errorOf("checks:\n  9lives: { enabled: true }\n");

    assertThat(e.key()).isEqualTo("checks.9lives");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.problem()).startsWith("invalid check id '9lives'");
  }

  @Test
  void aDuplicateKeyNamesWhereItWasFirstWritten() {
    LocatedException e = errorOf("agent:\n  cycleInterval: 10s\n  cycleInterval: 20s\n");

    assertThat(e.getMessage())
        .isEqualTo(file + ":3:3: agent.cycleInterval: duplicate key (first written on line 2)");
  }

  @Test
  void aYamlSyntaxErrorNamesTheLineAndColumn() {
    LocatedException e = errorOf("agent:\n  environment: [linux\n  cycleInterval: 10s\n");

    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isPositive();
    assertThat(e.key()).isEmpty();
    assertThat(e.getMessage()).startsWith(file + ":3:").contains("not valid YAML: expected ','");
  }

  @Test
  void badIndentationIsASyntaxError() {
    LocatedException e = errorOf("agent:\n  environment: linux\n cycleInterval: 10s\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).startsWith("not valid YAML:");
  }

  @Test
  void aTabIndentIsASyntaxErrorAtTheTab() {
    LocatedException e = errorOf("agent:\n\tenvironment: linux\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).startsWith("not valid YAML:").contains("TAB");
  }

  @Test
  void aSecondDocumentIsRejected() {
    LocatedException e = errorOf("agent: {}\n---\nhttp: {}\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).contains("second YAML document");
  }

  @Test
  void aliasesAreRejectedRatherThanReadAsText() {
    LocatedException e = errorOf("checks:\n  A: &same { timeout: 5s }\n  B: *same\n");

    assertThat(e.key()).isEqualTo("checks.B");
    assertThat(e.problem()).contains("'*same'");
  }

  @Test
  void aBrokerUrlMustBeHttp() {
    LocatedException e = errorOf("broker: { url: \"ftp://broker\" }\n");

    assertThat(e.key()).isEqualTo("broker.url");
    assertThat(e.problem()).isEqualTo("expected an http or https URL, found \"ftp://broker\"");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = Path.of("conf", "x.yaml");

    LocatedException e =
        catchThrowableOfType(
            LocatedException.class, () -> ConfigLoader.load(missing, Path.of("/opt/sessionhost")));

    assertThat(e.getMessage()).isEqualTo("conf/x.yaml: no such file");
    assertThat(e.line()).isZero();
  }

  @Test
  void aDirectoryIsNotAConfigurationFile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("conf.yaml"));

    LocatedException e =
        catchThrowableOfType(LocatedException.class, () -> ConfigLoader.load(folder, dir));

    assertThat(e.getMessage()).isEqualTo(folder + ": is a directory, not a configuration file");
  }

  @Test
  void anUnknownBrokerServerKeyIsNamedWithTheKnownKeys() {
    LocatedException e = errorOf("brokerServer:\n  port: 8780\n  heartbeatTimout: 90s\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":3:3: brokerServer.heartbeatTimout: unknown key (known: bind, port, adminToken,"
                + " stateDir, heartbeatTimeout, database, powerState)");
  }

  @Test
  void aDatabaseUrlOtherThanPostgresqlIsRefusedWithWhatIsExpected() {
    LocatedException e = errorOf("brokerServer:\n  database:\n    url: jdbc:mysql://db/broker\n");

    assertThat(e.getMessage())
        .startsWith(file + ":3:10: brokerServer.database.url: expected a jdbc:postgresql: URL");
  }

  @Test
  void aHeartbeatTimeoutOutOfRangeIsRefused() {
    LocatedException e = errorOf("brokerServer:\n  heartbeatTimeout: 2d\n");

    assertThat(e.key()).isEqualTo("brokerServer.heartbeatTimeout");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void aBrokerPoolSizeBelowOneIsRefused() {
    LocatedException e = errorOf("brokerServer:\n  database: { poolSize: 0 }\n");

    assertThat(e.key()).isEqualTo("brokerServer.database.poolSize");
  }

  @Test
  void anUnknownPowerStateSourceIsNamedWithTheKnownOnes() {
    LocatedException e = errorOf("brokerServer:\n  powerState:\n    source: virsh\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":3:13: brokerServer.powerState.source: expected none, command or simulated,"
                + " found \"virsh\"");
  }

  @Test
  void aCommandSourceNeedsItsProgramAsAList() {
    LocatedException missing = errorOf("brokerServer:\n  powerState:\n    source: command\n");
    LocatedException shell =
        errorOf("brokerServer:\n  powerState:\n    source: command\n    command: virsh domstate\n");

    assertThat(missing.key()).isEqualTo("brokerServer.powerState");
    assertThat(missing.getMessage()).contains("needs a command");
    assertThat(shell.key()).isEqualTo("brokerServer.powerState.command");
    assertThat(shell.line()).isEqualTo(4);
  }

  @Test
  void aSimulatedStateThatIsNoPowerStateIsNamedWithItsHost() {
    LocatedException e =
        errorOf(
            "brokerServer:\n  powerState:\n    source: simulated\n    hosts:\n"
                + "      web-1: running\n      web-2: asleep\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":6:14: brokerServer.powerState.hosts.web-2: expected running, stopped,"
                + " deallocated, starting or stopping, found \"asleep\"");
  }

  @Test
  void aValueNestedDeeperThanTheParserReadsIsPlacedWhereItBreaksTheLimit() {
    LocatedException e =
        errorOf("checks:\n  X:\n    settings:\n      a: " + "[".repeat(600) + "]".repeat(600));

    // the parser's limit came without a place, so the message named the file only
    assertThat(e.getMessage())
        .startsWith(
            file
                + ":4:506: checks.X.settings.a: not valid YAML: Document nesting depth (501)"
                + " exceeds");
  }

  @Test
  void aNumberTooLongToReadIsNamedWithItsKey() {
    LocatedException e = errorOf("http:\n  port: " + "9".repeat(1200) + "\n");

    assertThat(e.getMessage())
        .isEqualTo(file + ":2:9: http.port: a number too long to read: write at most 1000 digits");
  }
}
