package dev.sessionhost.adapter.out.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.support.yaml.LocatedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

  private static final Path FILE = Path.of("examples/scenarios/x.yaml");

  private static LocatedException problemWith(String yaml) {
    try {
      ScenarioReader.parse(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    } catch (LocatedException e) {
      return e;
    }
    throw new AssertionError("the scenario was accepted:\n" + yaml);
  }

  @Test
  void anUnknownKeyIsNamedWithItsLineColumnAndTheKeysThatAreValid() {
    LocatedException e =
        problemWith(
            """
            description: x
            services:
              azuremonitoragent:
                installed: true
                activ: true
            """);

    assertThat(e)
        .hasMessage(
            "examples/scenarios/x.yaml:5:5: services.azuremonitoragent.activ: unknown key"
                + " (known: installed, active, detail)");
    assertThat(e.source()).isEqualTo(FILE.toString());
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("services.azuremonitoragent.activ");
  }

  @Test
  void anUnknownTopLevelKeyListsTheSections() {
    assertThat(problemWith("description: x\nlistener: []\n"))
        .hasMessage(
            FILE
                + ":2:1: listener: unknown key (known: description, directory, listeners,"
                + " services, http, network, files, faults)");
  }

  @Test
  void aMisspeltFaultNamesTheProbeMethodsThatExist() {
    assertThat(problemWith("faults:\n  HttpProbe.gett: { hang: true }\n").getMessage())
        .startsWith(
            FILE + ":2:3: faults.HttpProbe.gett: unknown key (known: DirectoryProbe.membership,")
        .contains("HttpProbe.get, HttpProbe.reach, FileProbe.path)");
  }

  @Test
  void aWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
    assertThat(problemWith("services:\n  ama: { active: yes }\n"))
        .hasMessage(FILE + ":2:18: services.ama.active: expected true or false, found \"yes\"");
    assertThat(problemWith("listeners:\n  - port: \"3389\"\n"))
        .hasMessage(
            FILE + ":2:11: listeners[0].port: expected a whole number, found \"3389\" (in quotes)");
    assertThat(problemWith("listeners: 3389\n"))
        .hasMessage(FILE + ":1:12: listeners: expected a list, found 3389");
    assertThat(problemWith("- a\n"))
        .hasMessage(
            FILE
                + ":1:1: expected a section of keys (description, directory, listeners, services,"
                + " http, network, files, faults), found a list");
  }

  @Test
  void aBadDurationIsNamedWithTheNotationToUse() {
    assertThat(problemWith("faults:\n  ServiceProbe.service:\n    delay: 3 sec\n"))
        .hasMessage(
            FILE
                + ":3:12: faults.ServiceProbe.service.delay: \"3 sec\" is not a duration"
                + " (write e.g. 500ms, 10s, 2m, 1m30s, 1h, 1d or PT10S)");
    assertThat(problemWith("faults:\n  ServiceProbe.service:\n    delay: 3\n").getMessage())
        .startsWith(
            FILE + ":3:12: faults.ServiceProbe.service.delay: expected a duration with a unit");
  }

  @Test
  void anImpossibleFactIsPinnedToItsKey() {
    assertThat(problemWith("services:\n  ama: { installed: false, active: true }\n"))
        .hasMessage(FILE + ":2:28: services.ama.active: cannot be true when installed is false");
    assertThat(problemWith("listeners:\n  - port: 70000\n"))
        .hasMessage(FILE + ":2:5: listeners[0].port: must be from 1 to 65535, found 70000");
    assertThat(problemWith("directory:\n  joined: true\n"))
        .hasMessage(FILE + ":2:3: directory.realm: is required when joined is true");
    assertThat(problemWith("network: { default: maybe }\n"))
        .hasMessage(
            FILE + ":1:12: network.default: must be reachable or unreachable, found \"maybe\"");
    assertThat(problemWith("faults:\n  FileProbe.path: { hang: true, delay: 1s }\n"))
        .hasMessage(
            FILE + ":2:21: faults.FileProbe.path.hang: cannot be combined with delay or error");
  }

  @Test
  void aBadAddressOrEndpointIsNamedByItsKey() {
    assertThat(problemWith("http:\n  \"http://x/y?a=b\": { status: 200 }\n"))
        .hasMessage(
            FILE
                + ":2:3: http[\"http://x/y?a=b\"]: leave out the query string: a request matches"
                + " whatever its query");
    assertThat(problemWith("network:\n  unreachable: [ \"a:99999\" ]\n"))
        .hasMessage(
            FILE
                + ":2:18: network.unreachable[0]: \"a:99999\": the port must be a number from 1"
                + " to 65535");
  }

  @Test
  void aKeyGivenTwiceIsRejectedAtTheSecondCopy() {
    assertThat(problemWith("services:\n  ama: {}\n  ama: { active: true }\n"))
        .hasMessage(FILE + ":3:3: services.ama: duplicate key (first written on line 2)");
  }

  @Test
  void brokenYamlAndASecondDocumentAreRejected() {
    assertThat(problemWith("services: {\n").getMessage())
        .startsWith(FILE + ":2:1: not valid YAML: ");
    assertThat(problemWith("description: a\n---\ndescription: b\n"))
        .hasMessage(FILE + ":3:1: a second YAML document ('---'): write one document only");
  }

  @Test
  void anEmptyFileIsRejectedRatherThanTakenForAHostWithNothing() {
    assertThat(problemWith("# only a comment\n\n"))
        .hasMessage(FILE + ": the scenario is empty (start from examples/scenarios/healthy.yaml)");
  }

  @Test
  void sectionsAndEntriesLeftEmptyTakeTheirDefaults() {
    Scenario scenario =
        ScenarioReader.parse(
            FILE,
            """
            description: x
            services:
              ama:
            files:
              /srv/a.vhdx:
            http:
              "HTTP://Example.com:80":
            faults:
              HttpProbe.reach: { delay: 1m30s, error: blocked }
            """
                .getBytes(StandardCharsets.UTF_8));

    assertThat(scenario.services().get("ama")).isEqualTo(new ServiceFacts(true, false, ""));
    assertThat(scenario.files().get("/srv/a.vhdx"))
        .isEqualTo(new FileFacts(true, true, false, 0L, ""));
    assertThat(scenario.http()).containsOnlyKeys(new UrlKey("http://example.com/"));
    assertThat(scenario.fault(Faults.REACH))
        .contains(new Fault(Duration.ofSeconds(90), false, "blocked"));
    assertThat(scenario.directory().joined()).isFalse();
    assertThat(scenario.network().reachableByDefault()).isFalse();
  }

  @Test
  void aValueNestedDeeperThanTheParserReadsIsPlacedWhereItBreaksTheLimitWithItsKey() {
    // once composed a second time to find the node, which overflowed the stack
    assertThat(problemWith("description: " + "[".repeat(5000) + "]".repeat(5000) + "\n"))
        .hasMessageStartingWith(
            FILE + ":1:513: description: not valid YAML: Document nesting depth (501) exceeds");
  }

  @Test
  void anUnclosedValueNestedDeeperThanTheParserReadsIsPlacedWhereItStopped() {
    assertThat(problemWith("services: {}\nzz:\n  " + "[".repeat(600) + "\n"))
        .hasMessageStartingWith(
            FILE + ":3:502: zz: not valid YAML: Document nesting depth (501) exceeds");
  }
}
