package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.bootstrap.dist.drill.FutureSdkCheck;
import dev.sessionhost.bootstrap.dist.drill.HugeMessageCheck;
import dev.sessionhost.bootstrap.dist.drill.InterruptIgnoringCheck;
import dev.sessionhost.bootstrap.dist.drill.NullCheck;
import dev.sessionhost.bootstrap.dist.drill.SleepyCheck;
import dev.sessionhost.bootstrap.dist.drill.ThrowingCheck;
import dev.sessionhost.plugin.api.SdkVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault drills with real plugin jars: checks that throw, hang, return nothing or too much, and
 * plugin files that cannot load. In each case {@code sessionhost check} still reports every other
 * check, names the faulty one and why, and ends within the largest drill timeout plus one second
 * (on top of what a plain run takes on this machine).
 */
class FaultDrillIT {

  /** A hung check must not keep the process alive: well before this, it should have ended. */
  private static final Duration PROCESS_LIMIT = Duration.ofSeconds(30);

  /** The timeout the hanging and sleeping drills declare in their descriptors. */
  private static final Duration DRILL_TIMEOUT = Duration.ofSeconds(1);

  private static Distribution distribution;

  /** The wall time of a plain healthy run: JVM start, loading the plugins, one cycle. */
  private static Duration plainRun;

  @TempDir static Path scratch;

  @TempDir Path work;

  /** One fault, installed into a plugins folder that already holds the built-in plugins. */
  enum Fault {
    THROWS,
    IGNORES_INTERRUPTS,
    RETURNS_NULL,
    HUGE_MESSAGE,
    SLEEPS_PAST_TIMEOUT,
    CORRUPT_FILE,
    NO_DESCRIPTOR,
    DUPLICATE_ID,
    NEWER_SDK;

    /** Whether the fault is a check that runs, rather than a plugin file that cannot load. */
    boolean isACheck() {
      return EnumSet.range(THROWS, SLEEPS_PAST_TIMEOUT).contains(this);
    }

    /** Whether the fault makes the cycle wait for a drill's timeout. */
    boolean waitsForTimeout() {
      return this == IGNORES_INTERRUPTS || this == SLEEPS_PAST_TIMEOUT;
    }

    void install(Path plugins) throws IOException {
      switch (this) {
        case THROWS -> drill("drill-throwing", ThrowingCheck.class).writeTo(jar(plugins));
        case IGNORES_INTERRUPTS ->
            drill("drill-interrupt-ignoring", InterruptIgnoringCheck.class).writeTo(jar(plugins));
        case RETURNS_NULL -> drill("drill-null", NullCheck.class).writeTo(jar(plugins));
        case HUGE_MESSAGE ->
            drill("drill-huge-message", HugeMessageCheck.class).writeTo(jar(plugins));
        case SLEEPS_PAST_TIMEOUT -> drill("drill-sleepy", SleepyCheck.class).writeTo(jar(plugins));
        case CORRUPT_FILE -> {
          byte[] noise = new byte[4096];
          new Random(42).nextBytes(noise);
          Files.write(plugins.resolve("x.jar"), noise);
        }
        case NO_DESCRIPTOR ->
            PluginJar.withoutDescriptor()
                .extension(FutureSdkCheck.class)
                .writeTo(plugins.resolve("no-descriptor.jar"));
        case DUPLICATE_ID -> {
          try (Stream<Path> jars =
              Files.list(plugins)
                  .filter(
                      p ->
                          p.getFileName()
                              .toString()
                              .startsWith("sessionhost-plugin-domain-joined-"))) {
            Files.copy(jars.findFirst().orElseThrow(), plugins.resolve("zz-duplicate.jar"));
          }
        }
        case NEWER_SDK ->
            drill("drill-newer-sdk", FutureSdkCheck.class)
                .entry("Plugin-Requires", ">=2.0.0")
                .writeTo(plugins.resolve("drill-newer-sdk.jar"));
      }
    }

    private static PluginJar drill(String pluginId, Class<?> check) {
      return PluginJar.withId(pluginId).extension(check);
    }

    private Path jar(Path plugins) {
      return plugins.resolve("drill-" + name().toLowerCase().replace('_', '-') + ".jar");
    }
  }

  @BeforeAll
  static void measureAPlainRun() throws Exception {
    distribution = Distribution.assembled();
    // twice, keeping the slower: the first run also pays for a cold disk cache
    Duration slowest = Duration.ZERO;
    for (int i = 0; i < 2; i++) {
      Launcher.Run run =
          distribution
              .launch(scratch)
              .run("check", "--scenario", distribution.scenario("healthy.yaml").toString());
      assertThat(run.exitCode()).as("%s", run).isZero();
      slowest = run.wallTime().compareTo(slowest) > 0 ? run.wallTime() : slowest;
    }
    plainRun = slowest;
  }

  @Test
  void aThrowingCheckIsUnknownWithTheExceptionItThrew() throws Exception {
    HealthJson report = drill(Fault.THROWS);

    assertThat(report.result("DrillThrowingCheck"))
        .isEqualTo(
            new HealthJson.Result(
                "Unknown", "the check failed: IllegalStateException: drill: boom"));
    assertThat(report.status()).isEqualTo("NeedsAssistance");
  }

  @Test
  void aCheckIgnoringInterruptsTimesOutAndDoesNotKeepTheProcessAlive() throws Exception {
    HealthJson report = drill(Fault.IGNORES_INTERRUPTS);

    assertThat(report.result("DrillHangingCheck"))
        .isEqualTo(new HealthJson.Result("Unknown", "timed out after 1 s"));
  }

  @Test
  void aCheckReturningNullIsUnknown() throws Exception {
    HealthJson report = drill(Fault.RETURNS_NULL);

    assertThat(report.result("DrillNullCheck"))
        .isEqualTo(new HealthJson.Result("Unknown", "the check returned no result"));
  }

  @Test
  void aHugeMessageIsCutToFourKibibytesWithAMarker() throws Exception {
    HealthJson report = drill(Fault.HUGE_MESSAGE);

    HealthJson.Result result = report.result("DrillHugeMessageCheck");
    assertThat(result.result()).isEqualTo("HealthCheckFailed");
    assertThat(result.message().getBytes(StandardCharsets.UTF_8).length).isBetween(4000, 4096);
    assertThat(result.message())
        .startsWith("drill: xxx")
        .endsWith(" [... cut: " + HugeMessageCheck.MESSAGE_BYTES + " bytes in all]");
  }

  @Test
  void aCheckSleepingPastItsTimeoutIsUnknown() throws Exception {
    HealthJson report = drill(Fault.SLEEPS_PAST_TIMEOUT);

    assertThat(report.result("DrillSleepyCheck"))
        .isEqualTo(new HealthJson.Result("Unknown", "timed out after 1 s"));
  }

  @Test
  void aCorruptFileIsAPluginProblemNamedByItsFile() throws Exception {
    HealthJson report = drill(Fault.CORRUPT_FILE);

    assertThat(report.pluginProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.plugin()).isEqualTo("x.jar");
              assertThat(problem.reason()).startsWith("cannot open: ");
            });
    assertThat(report.status()).isEqualTo("Available");
  }

  @Test
  void aJarWithoutDescriptorIsAPluginProblemNamedByItsFile() throws Exception {
    HealthJson report = drill(Fault.NO_DESCRIPTOR);

    assertThat(report.pluginProblems())
        .containsExactly(
            new HealthJson.Problem(
                "no-descriptor.jar", "not a plugin: no Plugin-Id in META-INF/MANIFEST.MF"));
  }

  @Test
  void aDuplicateIdIsAPluginProblemAndTheFirstCopyStillRuns() throws Exception {
    HealthJson report = drill(Fault.DUPLICATE_ID);

    assertThat(report.pluginProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.plugin()).isEqualTo("domain-joined");
              assertThat(problem.reason())
                  .contains(
                      "duplicate Plugin-Id",
                      "zz-duplicate.jar",
                      "sessionhost-plugin-domain-joined-");
            });
  }

  @Test
  void aPluginRequiringANewerSdkIsAPluginProblemNamingBothVersions() throws Exception {
    HealthJson report = drill(Fault.NEWER_SDK);

    assertThat(report.pluginProblems())
        .containsExactly(
            new HealthJson.Problem(
                "drill-newer-sdk",
                "requires SDK >=2.0.0 but this host provides " + SdkVersion.VERSION));
  }

  @Test
  void everyFaultAtOnceStillLeavesTheBuiltInChecksCorrect() throws Exception {
    HealthJson report = drill(Fault.values());

    assertThat(report.results())
        .containsEntry(
            "DrillThrowingCheck",
            new HealthJson.Result(
                "Unknown", "the check failed: IllegalStateException: drill: boom"))
        .containsEntry("DrillHangingCheck", new HealthJson.Result("Unknown", "timed out after 1 s"))
        .containsEntry(
            "DrillNullCheck", new HealthJson.Result("Unknown", "the check returned no result"))
        .containsEntry("DrillSleepyCheck", new HealthJson.Result("Unknown", "timed out after 1 s"));
    assertThat(report.result("DrillHugeMessageCheck").message()).endsWith(" bytes in all]");
    assertThat(report.pluginProblems())
        .extracting(HealthJson.Problem::plugin)
        .containsExactlyInAnyOrder(
            "x.jar", "no-descriptor.jar", "domain-joined", "drill-newer-sdk");
    assertThat(report.status()).isEqualTo("NeedsAssistance");
  }

  /**
   * Runs {@code check --format json} on the healthy scenario with the built-in plugins and these
   * faults, checks what every drill has in common, and returns the report for the specifics.
   */
  private HealthJson drill(Fault... faults) throws Exception {
    Set<Fault> installed = EnumSet.copyOf(Arrays.asList(faults));
    Path plugins = distribution.copyPluginsTo(work.resolve("plugins"));
    for (Fault fault : installed) {
      fault.install(plugins);
    }
    // no check settings at all: the drills' timeouts come from their own descriptors
    Path config =
        Files.writeString(
            work.resolve("drill.yaml"),
            """
            agent:
              environment: simulated
              scenario: "%s"
              pluginsDir: "%s"
            """
                .formatted(distribution.scenario("healthy.yaml"), plugins));

    Launcher.Run run =
        distribution
            .launch(work)
            .timeout(PROCESS_LIMIT)
            .run("check", "--config", config.toString(), "--format", "json");

    long drillChecks = installed.stream().filter(Fault::isACheck).count();
    // the drill checks are non-fatal: any of them makes the host need assistance, nothing more
    assertThat(run.exitCode()).as("%s", run).isEqualTo(drillChecks > 0 ? 1 : 0);
    assertThat(run.err()).as("%s", run).isEmpty();
    HealthJson report = HealthJson.parse(run.out());
    for (String check : Distribution.BUILT_IN_PLUGINS.keySet()) {
      assertThat(report.result(check).result()).as(check).isEqualTo("HealthCheckSucceeded");
    }
    assertThat(report.results().keySet())
        .doesNotContain("DrillRefusedCheck")
        .hasSize(Distribution.BUILT_IN_PLUGINS.size() + (int) drillChecks);
    Duration budget =
        installed.stream().anyMatch(Fault::waitsForTimeout) ? DRILL_TIMEOUT : Duration.ZERO;
    assertThat(run.wallTime())
        .as("wall time with a plain run taking %d ms", plainRun.toMillis())
        .isLessThan(plainRun.plus(budget).plusSeconds(1));
    return report;
  }
}
