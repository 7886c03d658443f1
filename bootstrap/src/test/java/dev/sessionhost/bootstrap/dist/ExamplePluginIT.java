package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's "write your own check" flow with the example plugin the reactor built: drop its jar
 * into the plugins folder of an installation and see it in {@code checks} and {@code check}, its
 * failure affecting the status per its effect.
 */
class ExamplePluginIT {

  /** Built by the reactor module examples/plugins/disk-space, relative to this module. */
  private static final Path EXAMPLE_JAR =
      Path.of("../examples/plugins/disk-space/target/disk-space-plugin-1.0.0.jar");

  private static final String WIDE = "1000";

  @TempDir static Path installed;

  @TempDir Path work;

  private static Distribution installation;

  @BeforeAll
  static void dropTheExampleIntoACopyOfTheDistribution() throws IOException {
    assertThat(EXAMPLE_JAR)
        .as(
            "the example plugin jar %s: build it first (mvn -B -pl examples/plugins/disk-space"
                + " package)",
            EXAMPLE_JAR.toAbsolutePath().normalize())
        .isRegularFile();
    installation = Distribution.assembled().installCopy(installed.resolve("sessionhost"));
    Distribution.assembled().copyPluginsTo(installation.plugins());
    Files.copy(EXAMPLE_JAR, installation.plugins().resolve(EXAMPLE_JAR.getFileName()));
    // the installation's own configuration, which `checks` reads too
    Files.writeString(
        installation.home().resolve("conf/sessionhost.yaml"), config("minFreePercent: 0", ""));
  }

  @Test
  void theDroppedInCheckRunsBesideTheBuiltInOnes() throws Exception {
    Launcher.Run run = installation.launch(work).with("COLUMNS", WIDE).run("check");

    assertThat(run.exitCode()).as("%s", run).isZero();
    HealthTable table = HealthTable.parse(run.out());
    assertThat(table.status()).isEqualTo("Available");
    Map<String, String> expected = new LinkedHashMap<>();
    Distribution.BUILT_IN_PLUGINS.keySet().forEach(check -> expected.put(check, "Succeeded"));
    expected.put("DiskSpaceCheck", "Succeeded");
    assertThat(table.results()).isEqualTo(expected);
    assertThat(table.rows().get("DiskSpaceCheck").rest()).contains(installed.toString());
  }

  @Test
  void checksListsItWithItsPluginIdAndVersion() throws Exception {
    Launcher.Run run = installation.launch(work).run("checks", "--format", "json");

    assertThat(run.exitCode()).as("%s", run).isZero();
    JsonNode diskSpace = null;
    for (JsonNode check : JsonMapper.builder().build().readTree(run.out())) {
      if (check.get("name").asString().equals("DiskSpaceCheck")) {
        diskSpace = check;
      }
    }
    assertThat(diskSpace).as("DiskSpaceCheck in %s", run.out()).isNotNull();
    assertThat(diskSpace.get("provider").asString()).isEqualTo("disk-space 1.0.0");
    assertThat(diskSpace.get("enabled").asBoolean()).isTrue();
    assertThat(diskSpace.get("defaultEffect").asString()).isEqualTo("NEEDS_ASSISTANCE");
  }

  @Test
  void itsFailureMakesTheHostNeedAssistanceAsItsNonFatalEffectSays() throws Exception {
    Path config = Files.writeString(work.resolve("full.yaml"), config("minFreePercent: 100", ""));

    Launcher.Run run =
        installation.launch(work).with("COLUMNS", WIDE).run("check", "--config", config.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    HealthTable table = HealthTable.parse(run.out());
    assertThat(table.status()).isEqualTo("NeedsAssistance");
    assertThat(table.results()).containsEntry("DiskSpaceCheck", "Failed");
    assertThat(table.results().values()).filteredOn("Failed"::equals).hasSize(1);
    assertThat(table.rows().get("DiskSpaceCheck").rest())
        .contains("non-fatal", installed.toString(), "below the 100 % required");
  }

  @Test
  void anOperatorsFailureEffectOverridesThePluginsSeverity() throws Exception {
    Path config =
        Files.writeString(
            work.resolve("strict.yaml"),
            config("minFreePercent: 100", "failureEffect: UNAVAILABLE"));

    Launcher.Run run =
        installation.launch(work).with("COLUMNS", WIDE).run("check", "--config", config.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    HealthTable table = HealthTable.parse(run.out());
    assertThat(table.status()).isEqualTo("Unavailable");
    assertThat(table.rows().get("DiskSpaceCheck").result()).isEqualTo("Failed");
  }

  /** The simulated healthy host with the example check looking at the temp folder. */
  private static String config(String threshold, String effect) {
    // absolute paths: relative ones would be taken from the configuration file's folder
    return """
        agent:
          environment: simulated
          scenario: "%s"
          pluginsDir: "%s"
        checks:
          DiskSpaceCheck:
            %s
            settings:
              path: "%s"
              %s
        """
        .formatted(
            Distribution.assembled().scenario("healthy.yaml"),
            installation.plugins(),
            effect,
            installed,
            threshold);
  }
}
