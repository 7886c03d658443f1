package dev.sessionhost.bootstrap.dist;

import static dev.sessionhost.bootstrap.dist.UpgradeDrill.CHECK_ID;
import static dev.sessionhost.bootstrap.dist.UpgradeDrill.PLUGIN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.bootstrap.dist.UpgradeSteps.Step;
import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillVersionedCheck;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13: the agent killed with SIGKILL at a random point of a plugin upgrade comes back, on the
 * same plugins and state folders, with the upgrade either failed and the old version restored or
 * succeeded and the new version running, never anything between: one jar per plugin id, {@code
 * previous/} within its bound, nothing left half-swapped in {@code .staging/}, and the update state
 * saying what runs.
 *
 * <p>Each try upgrades the version that runs to a new one through the admin API and kills the
 * agent: every other try after a delay drawn from zero to the length of an uninterrupted upgrade,
 * measured at the start; the others 0 to 2 ms after the folders show a given step ({@link
 * UpgradeSteps}), so that the short windows between the file moves and the saves are hit too. The
 * restarted agent is the one the next try upgrades. The seed ({@code -DkillDuringUpgrade.seed}) and
 * the number of tries ({@code -DkillDuringUpgrade.tries}) can be set to replay a run.
 */
class KillDuringUpgradeIT {

  private static final int TRIES = Integer.getInteger("killDuringUpgrade.tries", 20);

  /** Long enough that a kill often lands while the new version is in but not yet kept. */
  private static final long FIRST_RUN_MILLIS = 300;

  /** The bound of {@code previous/} per plugin id (PreviousVersions.KEPT in adapters/plugins). */
  private static final int PREVIOUS_KEPT = 3;

  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(30);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Distribution distribution;

  @TempDir Path work;

  private Path plugins;
  private Path state;
  private Path config;
  private Path jars;

  /** What a try can end in. */
  enum Outcome {
    SUCCEEDED,
    FAILED_RESTORED,
    /** Killed before the agent began: the update state and the version are as they were. */
    NOT_STARTED,
    INCONSISTENT
  }

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @Test
  void aKillAtAnyPointOfAnUpgradeLeavesTheOldVersionRestoredOrTheNewOneSucceeded()
      throws Exception {
    long seed = Long.getLong("killDuringUpgrade.seed", System.nanoTime());
    Random random = new Random(seed);
    System.out.println("KillDuringUpgradeIT: seed " + seed + ", " + TRIES + " tries");
    plugins = distribution.copyPluginsTo(work.resolve("plugins"));
    state = work.resolve("state");
    jars = Files.createDirectories(work.resolve("jars"));
    config = distribution.healthyAgentConfig(work, "kill-during-upgrade-it", plugins, state);
    UpgradeDrill.versioned("1.0.0", FIRST_RUN_MILLIS, plugins.resolve(PLUGIN_ID + "-1.0.0.jar"));

    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    List<String> inconsistencies = new ArrayList<>();
    AgentProcess agent = start();
    int tried = 0;
    try {
      assertThat(awaitServing(agent)).as("serves: %s", agent.output()).isTrue();
      long began = System.nanoTime();
      HttpResponse<String> measured = upload(agent, drillJar("2.0.0")).get(60, TimeUnit.SECONDS);
      long upgradeMillis = Duration.ofNanos(System.nanoTime() - began).toMillis();
      assertThat(measured.statusCode()).as(measured.body()).isEqualTo(200);
      assertThat(JSON.readTree(measured.body()).get("updateState").asString())
          .isEqualTo("Succeeded");
      System.out.println(
          "KillDuringUpgradeIT: an uninterrupted upgrade took " + upgradeMillis + " ms");
      String running = "2.0.0";

      for (int attempt = 1; attempt <= TRIES; attempt++) {
        tried = attempt;
        String candidate = (attempt + 2) + ".0.0";
        Path jar = drillJar(candidate);
        JsonNode before = JSON.readTree(agent.get("/v1/health").body());
        UpgradeSteps steps = UpgradeSteps.before(plugins, state, jar.getFileName().toString());
        Optional<Step> step = stepToKillAfter(attempt);
        long delay = step.isEmpty() ? random.nextLong(upgradeMillis + 1) : random.nextInt(3);

        long sent = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = upload(agent, jar);
        if (step.isPresent()) {
          assertThat(steps.await(step.get(), FOLLOW_LIMIT))
              .as("the upgrade showed that %s", step.get().shown())
              .isTrue();
        }
        Thread.sleep(delay);
        killWhole(agent);
        long killedAt = Duration.ofNanos(System.nanoTime() - sent).toMillis();
        String when =
            step.map(s -> delay + " ms after " + s.shown() + ", " + killedAt + " ms in")
                .orElse("at " + delay + " ms of " + upgradeMillis);
        boolean acknowledged = acknowledgedSuccess(answer);

        agent = start();
        if (!awaitServing(agent)) {
          outcomes.merge(Outcome.INCONSISTENT, 1, Integer::sum);
          inconsistencies.add(
              "try %d: never served again after a kill %s: %s%n%s"
                  .formatted(attempt, when, agent.get("/v1/health").body(), agent.output()));
          break;
        }
        After after = inspect(agent);
        Outcome outcome = judge(before, after, running, candidate, acknowledged);
        outcomes.merge(outcome, 1, Integer::sum);
        String line =
            "try %d/%d: %s %s -> %s, killed %s%s: %s (%s)"
                .formatted(
                    attempt,
                    TRIES,
                    before.get("updateState").asString(),
                    running,
                    candidate,
                    when,
                    acknowledged ? ", upgrade already answered Succeeded" : "",
                    outcome,
                    after);
        line += repairSaid(agent.output());
        System.out.println("KillDuringUpgradeIT: " + line);
        if (outcome == Outcome.INCONSISTENT) {
          inconsistencies.add(line + "\n" + agent.output());
        }
        // the next try upgrades whatever runs now
        running = after.runningVersion();
      }
    } finally {
      agent.close();
    }

    System.out.printf(
        "KillDuringUpgradeIT: %d tries, %d Succeeded, %d Failed+restored, %d not started,"
            + " %d inconsistent (seed %d)%n",
        tried,
        outcomes.getOrDefault(Outcome.SUCCEEDED, 0),
        outcomes.getOrDefault(Outcome.FAILED_RESTORED, 0),
        outcomes.getOrDefault(Outcome.NOT_STARTED, 0),
        outcomes.getOrDefault(Outcome.INCONSISTENT, 0),
        seed);
    assertThat(inconsistencies).as("tries that left the agent between two states").isEmpty();
  }

  /**
   * What the restarted agent and its folders say: the drill's jars by folder, the update state, the
   * version whose check ran in the first cycle, and what {@code /v1/plugins} lists as active.
   */
  record After(
      Map<String, List<String>> installedById,
      List<String> previous,
      List<String> staging,
      String updateState,
      String lastUpdateTime,
      String runningVersion,
      List<String> activeVersions) {

    String folderVersion() {
      List<String> drill = installedById.getOrDefault(PLUGIN_ID, List.of());
      return drill.size() == 1 ? drill.get(0).replaceFirst(".* ", "") : "";
    }

    @Override
    public String toString() {
      return updateState
          + ", version "
          + runningVersion
          + " runs, plugins/ "
          + installedById.getOrDefault(PLUGIN_ID, List.of())
          + ", previous/ "
          + previous.size()
          + (staging.isEmpty() ? "" : ", .staging/ " + staging);
    }
  }

  /** What the restarted agent said it repaired, if anything, for the try's line. */
  private static String repairSaid(String output) {
    if (output.contains("was interrupted after it succeeded")) {
      return "; the restart finished the kept swap";
    }
    if (output.contains("was interrupted; version")) {
      return "; the restart put the old jar back";
    }
    return "";
  }

  /**
   * Odd tries kill at a random time of the upgrade, even ones right after a step the folders show,
   * the later steps (whose windows are the shortest) first.
   */
  private static Optional<Step> stepToKillAfter(int attempt) {
    List<Step> order =
        List.of(
            Step.KEPT, Step.SUCCEEDED, Step.SWAPPED_IN, Step.STAGED, Step.STARTED, Step.PENDING);
    return attempt % 2 == 1
        ? Optional.empty()
        : Optional.of(order.get((attempt / 2 - 1) % order.size()));
  }

  private Outcome judge(
      JsonNode before, After after, String old, String candidate, boolean acknowledged) {
    boolean folderSound =
        after.installedById().values().stream().allMatch(files -> files.size() == 1)
            && after.installedById().keySet().containsAll(Distribution.SHIPPED_PLUGINS)
            && after.previous().size() <= PREVIOUS_KEPT
            && after.staging().isEmpty()
            && after.activeVersions().equals(List.of(after.folderVersion()))
            && after.folderVersion().equals(after.runningVersion());
    if (!folderSound) {
      return Outcome.INCONSISTENT;
    }
    boolean moved = !Objects.equals(after.lastUpdateTime(), text(before, "lastUpdateTime"));
    String version = after.runningVersion();
    if (moved && after.updateState().equals("Succeeded") && version.equals(candidate)) {
      return Outcome.SUCCEEDED;
    }
    if (acknowledged) {
      // the agent answered Succeeded before it was killed: that must hold after the restart
      return Outcome.INCONSISTENT;
    }
    if (moved && after.updateState().equals("Failed") && version.equals(old)) {
      return Outcome.FAILED_RESTORED;
    }
    if (!moved && after.updateState().equals(text(before, "updateState")) && version.equals(old)) {
      return Outcome.NOT_STARTED;
    }
    return Outcome.INCONSISTENT;
  }

  private After inspect(AgentProcess agent) throws IOException, InterruptedException {
    Map<String, List<String>> installed = new TreeMap<>();
    for (Path jar : jarsIn(plugins)) {
      installed
          .computeIfAbsent(pluginIdOf(jar), id -> new ArrayList<>())
          .add(jar.getFileName() + " " + versionOf(jar));
    }
    JsonNode health = JSON.readTree(agent.get("/v1/health").body());
    String message = HealthJson.parse(health.toString()).result(CHECK_ID).message();
    HttpResponse<String> list = agent.get("/v1/plugins");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    List<String> active =
        JSON.readTree(list.body())
            .valueStream()
            .filter(plugin -> plugin.get("id").asString().equals(PLUGIN_ID))
            .filter(plugin -> plugin.get("active").asBoolean())
            .map(plugin -> plugin.get("version").asString())
            .toList();
    return new After(
        installed,
        jarsIn(plugins.resolve("previous")).stream().map(p -> p.getFileName().toString()).toList(),
        filesIn(plugins.resolve(".staging")),
        health.get("updateState").asString(),
        text(health, "lastUpdateTime"),
        UpgradeDrillVersionedCheck.versionIn(message),
        active);
  }

  private AgentProcess start() throws IOException, InterruptedException {
    return AgentProcess.start(distribution.launcher(), config, state);
  }

  /** Waits until the agent's first cycle is done and the host takes connections. */
  private static boolean awaitServing(AgentProcess agent) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + FOLLOW_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (agent.get("/v1/health").statusCode() == 200) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** SIGKILL to the JVM itself (the launcher execs it) and to anything it started. */
  private static void killWhole(AgentProcess agent) throws InterruptedException {
    long pid = agent.pid();
    assertThat(ProcessHandle.of(pid).flatMap(handle -> handle.info().command()))
        .as("the launcher execs java, so the process killed is the agent's JVM")
        .hasValueSatisfying(command -> assertThat(command).endsWith("/java"));
    agent.kill();
    assertThat(agent.isAlive()).as("the agent was killed").isFalse();
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
  }

  /** Whether the agent answered the upgrade with Succeeded before it was killed. */
  private static boolean acknowledgedSuccess(CompletableFuture<HttpResponse<String>> answer)
      throws InterruptedException {
    try {
      HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
      return response.statusCode() == 200 && response.body().contains("\"Succeeded\"");
    } catch (ExecutionException e) {
      return false; // the connection died with the agent
    } catch (TimeoutException e) {
      answer.cancel(true);
      return false;
    }
  }

  private Path drillJar(String version) throws IOException {
    return UpgradeDrill.versioned(
        version, FIRST_RUN_MILLIS, jars.resolve(PLUGIN_ID + "-" + version + ".jar"));
  }

  /** {@code POST /v1/plugins/upgrade} with the jar as the body, answered asynchronously. */
  private static CompletableFuture<HttpResponse<String>> upload(AgentProcess agent, Path jar)
      throws IOException {
    return agent.uploadPlugin(jar, Duration.ofSeconds(60));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static String pluginIdOf(Path jar) throws IOException {
    return manifestValue(jar, "Plugin-Id");
  }

  private static String versionOf(Path jar) throws IOException {
    return manifestValue(jar, "Plugin-Version");
  }

  private static String manifestValue(Path jar, String name) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest() == null
          ? jar.getFileName().toString()
          : Objects.requireNonNullElse(
              file.getManifest().getMainAttributes().getValue(name), jar.getFileName().toString());
    }
  }

  private static List<Path> jarsIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".jar"))
          .sorted()
          .toList();
    }
  }

  private static List<String> filesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
