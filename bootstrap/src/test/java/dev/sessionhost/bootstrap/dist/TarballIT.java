package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tar.gz as a user gets it: unpacked with the system {@code tar} into a folder of its own, its
 * launcher run from an unrelated directory, through links, with the user's {@code JAVA_HOME} and
 * {@code JAVA_OPTS}, and its agent started and stopped with SIGTERM.
 */
class TarballIT {

  /** The promise of the agent: a stop ends within five seconds. */
  private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

  /** Generous: a first start without a class data archive on a loaded machine. */
  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(30);

  private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");

  @TempDir static Path unpacked;

  private static Path home;

  @TempDir Path work;

  @BeforeAll
  static void unpackTheArchive() throws Exception {
    Distribution built = Distribution.assembled();
    Path archive = built.home().resolveSibling(built.home().getFileName() + ".tar.gz");
    assertThat(archive).as("the archive next to the distribution folder").isRegularFile();
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(tar.waitFor(60, TimeUnit.SECONDS)).as("tar ends").isTrue();
    String said = new String(tar.getInputStream().readAllBytes());
    assertThat(tar.exitValue()).as(said).isZero();
    try (Stream<Path> top = Files.list(unpacked)) {
      assertThat(top.map(path -> path.getFileName().toString()))
          .as("the archive unpacks into one folder")
          .containsExactly("sessionhost-" + built.version());
    }
    home = unpacked.resolve("sessionhost-" + built.version());
  }

  private static Path healthyScenario() {
    return home.resolve("examples/scenarios/healthy.yaml");
  }

  @Test
  void theArchiveHoldsTheLauncherTheConfigurationTheExamplesAndTheSevenBuiltInPlugins()
      throws IOException {
    assertThat(home.resolve("bin/sessionhost")).isExecutable();
    assertThat(home.resolve("lib")).isDirectoryContaining("glob:**/sessionhost-bootstrap-*.jar");
    assertThat(Files.readAllLines(home.resolve("conf/sessionhost.yaml")))
        .as("a commented configuration")
        .first()
        .asString()
        .startsWith("#");
    assertThat(Files.readString(home.resolve("conf/sessionhost.yaml")))
        .contains("# pluginsDir:", "# port:");
    assertThat(Files.readString(home.resolve("examples/systemd/sessionhost-agent.service")))
        .contains("[Service]", "ExecStart=", "bin/sessionhost agent", "KillSignal=SIGTERM");
    assertThat(healthyScenario()).isRegularFile();
    try (Stream<Path> jars = Files.list(home.resolve("plugins"))) {
      assertThat(jars.map(jar -> jar.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              Distribution.SHIPPED_PLUGINS.stream()
                  .map(id -> "sessionhost-plugin-" + id + "-" + version() + ".jar")
                  .toList());
    }
  }

  @Test
  void checkRunsFromAnUnrelatedDirectory() throws Exception {
    Launcher.Run run =
        Launcher.of(home.resolve("bin/sessionhost"))
            .in(work)
            .run("check", "--scenario", healthyScenario().toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("Status: Available");
    assertThat(run.out()).contains("DomainJoinedCheck", "AppAttachHealthCheck");
  }

  @Test
  void checkRunsThroughAChainOfLinksFromAnotherFolder() throws Exception {
    // an absolute link to the launcher, and a relative link to that link in another folder
    Path first = Files.createDirectories(work.resolve("opt/bin")).resolve("sessionhost");
    Files.createSymbolicLink(first, home.resolve("bin/sessionhost"));
    Path second = Files.createDirectories(work.resolve("usr/local/bin")).resolve("sessionhost");
    Files.createSymbolicLink(second, second.getParent().relativize(first));
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));

    Launcher.Run run =
        Launcher.of(second).in(elsewhere).run("check", "--scenario", healthyScenario().toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("Status: Available");
  }

  @Test
  void theJavaOfJavaHomeRunsTheLauncherWithTheHomeItFoundThroughALink() throws Exception {
    Path fakeJava = Files.createDirectories(work.resolve("fake-jdk/bin")).resolve("java");
    Files.writeString(fakeJava, "#!/bin/sh\necho \"fake java: $*\"\nexit 7\n");
    assertThat(fakeJava.toFile().setExecutable(true)).isTrue();
    Path link =
        Files.createSymbolicLink(work.resolve("sessionhost"), home.resolve("bin/sessionhost"));

    Launcher.Run run =
        Launcher.of(link)
            .in(work)
            .with("JAVA_HOME", work.resolve("fake-jdk").toString())
            .run("checks");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(7);
    assertThat(run.out())
        .startsWith("fake java: ")
        .contains("-Dsessionhost.home=" + home.toRealPath())
        .contains("dev.sessionhost.bootstrap.Main checks");
  }

  @Test
  void aMissingJavaHomeIsNamedAndExitsThree() throws Exception {
    Path nowhere = work.resolve("no-jdk-here");

    Launcher.Run run =
        Launcher.of(home.resolve("bin/sessionhost"))
            .in(work)
            .with("JAVA_HOME", nowhere.toString())
            .run("checks");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(3);
    assertThat(run.err()).contains("JAVA_HOME", nowhere.toString());
  }

  @Test
  void javaOptsWinOverTheModestDefaultHeap() throws Exception {
    Launcher launcher = Launcher.of(home.resolve("bin/sessionhost")).in(work);

    Launcher.Run defaults = launcher.with("JAVA_OPTS", "-XX:+PrintCommandLineFlags").run("checks");
    Launcher.Run chosen =
        launcher.with("JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx96m").run("checks");

    assertThat(defaults.exitCode()).as("%s", defaults).isZero();
    assertThat(maxHeap(defaults)).as("a modest default heap").isBetween(32L << 20, 512L << 20);
    assertThat(chosen.exitCode()).as("%s", chosen).isZero();
    assertThat(maxHeap(chosen)).isEqualTo(96L << 20);
  }

  @Test
  void theAgentAnswersAndStopsOnSigtermWithinFiveSeconds() throws Exception {
    Path state = work.resolve("state");
    Path config =
        Files.writeString(
            work.resolve("agent.yaml"),
            """
            agent:
              hostName: tarball-it
              environment: simulated
              scenario: "%s"
              stateDir: "%s"
            http:
              port: 0
            """
                .formatted(healthyScenario(), state));
    try (AgentProcess agent = AgentProcess.start(home.resolve("bin/sessionhost"), config, state)) {
      HttpResponse<String> health = agent.awaitCode("/v1/health", 200, FOLLOW_LIMIT);
      assertThat(HealthJson.parse(health.body()).status()).isEqualTo("Available");
      assertThat(HealthJson.parse(health.body()).results())
          .as("the seven built-in checks, from the unpacked plugins folder")
          .containsOnlyKeys(Distribution.BUILT_IN_PLUGINS.keySet());

      AgentProcess.Stopped stopped = agent.stop(STOP_LIMIT);

      assertThat(stopped.exitCode()).as(stopped.output()).isZero();
      assertThat(stopped.took()).isLessThan(STOP_LIMIT);
      assertThat(stopped.output()).contains("status Available -> Shutdown");
    }
  }

  private static String version() {
    return home.getFileName().toString().substring("sessionhost-".length());
  }

  private static long maxHeap(Launcher.Run run) {
    Matcher flag = MAX_HEAP.matcher(run.out());
    assertThat(flag.find()).as("the JVM printed its flags: %s", run).isTrue();
    return Long.parseLong(flag.group(1));
  }
}
