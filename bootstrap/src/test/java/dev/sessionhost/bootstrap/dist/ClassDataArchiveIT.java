package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class data archives: {@code lib/sessionhost.jsa} for every command and the agent's
 * layer {@code lib/agent.jsa} on top of it for {@code agent} and {@code broker}. {@code -Xshare:on}
 * in {@code JAVA_OPTS} makes the JVM refuse to start when an archive it is given does not fit, so a
 * run that succeeds with it proves that the archives were mapped.
 */
class ClassDataArchiveIT {

  private static final String SHARE_OR_FAIL = "-Xshare:on";
  private static final String DOES_NOT_FIT = "An error has occurred while processing the shared";
  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

  private static Distribution distribution;

  @TempDir Path work;

  @BeforeAll
  static void assembled() {
    distribution = Distribution.assembled();
  }

  @Test
  void theBuildWritesBothArchivesAndEachCommandMapsItsOwn() throws Exception {
    Path lib = distribution.home().resolve("lib");
    assertThat(lib.resolve("sessionhost.jsa")).isNotEmptyFile();
    assertThat(lib.resolve("agent.jsa")).isNotEmptyFile();

    Launcher.Run check = checkHealthy(distribution, "JAVA_OPTS", SHARE_OR_FAIL);
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out()).startsWith("Status: Available");

    answersWithBothArchivesMapped(distribution, "agent");
  }

  @Test
  void aCopyElsewhereWritesItsOwnArchivesTheDocumentedWay() throws Exception {
    Distribution copy = copyOf(distribution, work.resolve("elsewhere"));
    Path lib = copy.home().resolve("lib");

    Launcher.Run stale = checkHealthy(copy, "JAVA_OPTS", SHARE_OR_FAIL);
    assertThat(stale.exitCode()).as("archives written for another folder do not fit").isOne();
    assertThat(stale.out() + stale.err()).contains(DOES_NOT_FIT);
    Launcher.Run slower = checkHealthy(copy, "SESSIONHOST_CDS", "auto");
    assertThat(slower.exitCode())
        .as("without a fitting archive the check still runs: %s", slower)
        .isZero();
    assertThat(slower.out())
        .as("and the JVM says nothing about it")
        .startsWith("Status: Available");

    Launcher.Run dump = checkHealthy(copy, "SESSIONHOST_CDS", "dump");
    assertThat(dump.exitCode()).as(dump.toString()).isZero();
    assertThat(dump.out()).startsWith("Status: Available");
    assertThat(dump.err())
        .as("the agent's layer fitted the archive just replaced")
        .contains("removed " + lib.resolve("agent.jsa"));
    assertThat(lib.resolve("agent.jsa")).doesNotExist();
    Launcher.Run mapped = checkHealthy(copy, "JAVA_OPTS", SHARE_OR_FAIL);
    assertThat(mapped.exitCode()).as(mapped.toString()).isZero();

    try (AgentProcess dumping = startAgent(copy, "dump", "SESSIONHOST_CDS=dump")) {
      dumping.awaitCode("/v1/health", 200, Launcher.DEFAULT_TIMEOUT);
      // SIGTERM to the launcher, which waits for the agent and then keeps the layer it wrote
      AgentProcess.Stopped stopped = dumping.stop(STOP_LIMIT);
      assertThat(stopped.exitCode()).as(stopped.output()).isZero();
      assertThat(stopped.output()).contains("stopping on SIGTERM").doesNotContain("[cds]");
    }
    assertThat(lib.resolve("agent.jsa")).isNotEmptyFile();
    try (Stream<Path> files = Files.list(lib)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("nothing half-written left behind")
          .noneMatch(name -> name.contains(".new.") || name.endsWith(".log"));
    }
    answersWithBothArchivesMapped(copy, "mapped");
  }

  @Test
  void theAgentsLayerNeedsTheArchiveUnderIt() throws Exception {
    Distribution copy = copyOf(distribution, work.resolve("bare"));
    Files.delete(copy.home().resolve("lib/sessionhost.jsa"));
    Path config =
        distribution.healthyAgentConfig(work, "bare", copy.plugins(), work.resolve("bare-state"));

    Launcher.Run dump =
        copy.launch(work)
            .with("SESSIONHOST_CDS", "dump")
            .run("agent", "--config", config.toString());

    assertThat(dump.exitCode()).as(dump.toString()).isEqualTo(3);
    assertThat(dump.err())
        .contains(copy.home().resolve("lib/sessionhost.jsa") + ", which is missing")
        .contains("SESSIONHOST_CDS=dump " + copy.launcher() + " check");
    assertThat(copy.home().resolve("lib/agent.jsa")).as("the build's layer is left alone").exists();
  }

  /** Starts the agent of {@code where} with {@code -Xshare:on}: it answers, and stops cleanly. */
  private void answersWithBothArchivesMapped(Distribution where, String name) throws Exception {
    try (AgentProcess agent = startAgent(where, name, "JAVA_OPTS=" + SHARE_OR_FAIL)) {
      agent.awaitCode("/v1/health", 200, Launcher.DEFAULT_TIMEOUT);
      assertThat(agent.stop(STOP_LIMIT).exitCode()).isZero();
    }
  }

  private Launcher.Run checkHealthy(Distribution where, String variable, String value)
      throws IOException, InterruptedException {
    return where
        .launch(work)
        .with(variable, value)
        .with("COLUMNS", "200")
        .run("check", "--scenario", distribution.scenario("healthy.yaml").toString());
  }

  /** The agent of {@code where} on the healthy scenario, started through {@code env}. */
  private AgentProcess startAgent(Distribution where, String name, String environment)
      throws IOException, InterruptedException {
    Path state = work.resolve(name + "-state");
    Path config = distribution.healthyAgentConfig(work, name, where.plugins(), state);
    List<String> command =
        List.of(
            "env",
            environment,
            where.launcher().toString(),
            "agent",
            "--config",
            config.toString());
    return AgentProcess.startThrough(command, state, pid -> state);
  }

  /** A second installation in {@code target}: the built one's archives and plugins with it. */
  private static Distribution copyOf(Distribution original, Path target) throws IOException {
    Distribution copy = original.installCopy(target);
    original.copyPluginsTo(copy.plugins());
    return copy;
  }
}
