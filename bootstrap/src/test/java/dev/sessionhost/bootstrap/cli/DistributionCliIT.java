package dev.sessionhost.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.bootstrap.dist.Launcher;
import dev.sessionhost.bootstrap.dist.Launcher.Run;
import dev.sessionhost.domain.check.KnownCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the assembled distribution's {@code bin/sessionhost} as a process, as a user would. */
class DistributionCliIT {

  private static Path distribution;
  private static Path launcher;
  private static String version;

  @TempDir Path elsewhere;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Path.of(System.getProperty("sessionhost.distribution")).toAbsolutePath();
    version = System.getProperty("sessionhost.version");
    launcher = distribution.resolve("bin/sessionhost");
    assertThat(launcher).isExecutable();
    assertThat(distribution.resolve("lib"))
        .isDirectoryContaining("glob:**/sessionhost-bootstrap-*.jar");
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    Run run = run(launcher, elsewhere, "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("sessionhost " + version).contains("Java ");
  }

  @Test
  void helpMentionsTheChecksCommand() throws Exception {
    Run run = run(launcher, elsewhere, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: sessionhost", "checks", "Exit codes");
  }

  @Test
  void checksPrintsTheElevenKnownChecks() throws Exception {
    Run run = run(launcher, elsewhere, "checks");

    assertThat(run.exitCode()).isZero();
    for (KnownCheck known : KnownCheck.values()) {
      assertThat(run.out()).contains(known.id().value());
    }
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checksAsJsonIsAnArrayOfEleven() throws Exception {
    Run run = run(launcher, elsewhere, "checks", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode checks = JsonMapper.builder().build().readTree(run.out());
    assertThat(checks.isArray()).isTrue();
    assertThat(checks.size()).isEqualTo(11);
    assertThat(checks.get(3).get("name").asString()).isEqualTo("SxSStackListenerCheck");
  }

  @Test
  void anUnknownFormatExitsWith3AndSaysWhatIsValid() throws Exception {
    Run run = run(launcher, elsewhere, "checks", "--format", "nope");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--format", "nope", "table", "json").doesNotContain("\tat ");
  }

  @Test
  void worksThroughAChainOfSymlinksFromAnotherDirectory() throws Exception {
    Path bin = Files.createDirectories(elsewhere.resolve("bin"));
    Path tools = Files.createDirectories(elsewhere.resolve("tools"));
    Path absolute = Files.createSymbolicLink(tools.resolve("sessionhost-real"), launcher);
    Path relative = Files.createSymbolicLink(bin.resolve("sessionhost"), bin.relativize(absolute));
    Path work = Files.createDirectories(elsewhere.resolve("work"));
    try {
      Run run = run(relative, work, "checks");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("DomainJoinedCheck", "AppAttachHealthCheck");
    } finally {
      // the temp folder's cleanup warns about links that point out of it
      Files.delete(relative);
      Files.delete(absolute);
    }
  }

  @Test
  void javaOptionsReachTheJvmAndTheHomeIsTheDistribution() throws Exception {
    Run run =
        Launcher.of(launcher)
            .in(elsewhere)
            .with("JAVA_OPTS", "-XshowSettings:properties")
            .run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("sessionhost.home = " + distribution.toRealPath());
  }

  private static Run run(Path script, Path workDir, String... args)
      throws IOException, InterruptedException {
    return Launcher.of(script).in(workDir).run(args);
  }
}
