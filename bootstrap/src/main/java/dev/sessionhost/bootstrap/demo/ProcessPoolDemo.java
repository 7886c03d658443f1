package dev.sessionhost.bootstrap.demo;

import dev.sessionhost.adapter.in.cli.CheckSetupException;
import dev.sessionhost.adapter.in.cli.PoolDemo;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * {@code sessionhost demo}: the distribution's own launcher started as a broker and seven agents,
 * each a real process with its own configuration, scenario, plugins and state in one temporary
 * folder. The demo then does to them what an operator's day would: stops one with SIGTERM, kills
 * one with SIGKILL, drops plugin upgrades into two (one that keeps succeeding slowly, one whose new
 * version cannot load). It reads everything it reports through the broker's API, as the portal
 * does; stopping removes every process and the folder.
 */
public final class ProcessPoolDemo implements PoolDemo {

  /** Three of the agents' 2 s cycles, plus slack for a loaded machine. */
  static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(8);

  private static final Duration START_LIMIT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(250);
  private static final String PROBE_SECONDS = "5";
  private static final int QUEUED_UPGRADES = 4;

  private final Path home;
  private final Supplier<BooleanSupplier> stopSignals;

  /**
   * Built when the demo first asks the broker: every command wires this demo, and an HTTP client
   * sets up TLS (about 0.2 s of CPU) that a one-shot {@code check} must not pay.
   */
  private HttpClient http;

  private final List<Process> processes = new ArrayList<>();
  private Path folder;
  private long drops;
  private boolean stopped;

  /**
   * @param home the distribution to start
   * @param stopSignals starts handling SIGTERM and SIGINT when the demo runs, and answers whether
   *     one came
   */
  public ProcessPoolDemo(Path home, Supplier<BooleanSupplier> stopSignals) {
    this.home = home;
    this.stopSignals = stopSignals;
  }

  private synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .proxy(ProxySelector.of(null))
              .connectTimeout(Duration.ofSeconds(5))
              .build();
    }
    return http;
  }

  /** A simulated host, the scenario it runs, what the demo does to it and what it then shows. */
  private enum Host {
    AVAILABLE("sh-available", "healthy.yaml", "Available", "every check passes"),
    NEEDS_ASSISTANCE(
        "sh-needs-assistance",
        "needs-assistance.yaml",
        "NeedsAssistance",
        "its monitoring agent is stopped: a non-fatal check fails"),
    UNAVAILABLE(
        "sh-unavailable",
        "unavailable.yaml",
        "Unavailable",
        "its remote desktop listener is down: a fatal check fails"),
    SHUTDOWN(
        "sh-shutdown",
        "healthy.yaml",
        "Shutdown",
        "its agent is stopped with SIGTERM once it reported (power state: Deallocated)"),
    UPGRADING(
        "sh-upgrading",
        "healthy.yaml",
        "Upgrading",
        "command-checks is upgraded to one new version after another, each taking "
            + PROBE_SECONDS
            + " s"),
    UPGRADE_FAILED(
        "sh-upgrade-failed",
        "healthy.yaml",
        "UpgradeFailed",
        "a monitoring-agent version that cannot load was rolled back"),
    NO_HEARTBEAT(
        "sh-no-heartbeat",
        "healthy.yaml",
        "Unavailable (NoHeartbeat)",
        "its agent is killed with SIGKILL; after "
            + HEARTBEAT_TIMEOUT.toSeconds()
            + " s without a heartbeat");

    final String hostName;
    final String scenario;
    final String shows;
    final String how;

    Host(String hostName, String scenario, String shows, String how) {
      this.hostName = hostName;
      this.scenario = scenario;
      this.shows = shows;
      this.how = how;
    }
  }

  @Override
  public int run(int port, long stopAfterSeconds, Consumer<String> out) throws CheckSetupException {
    long started = System.nanoTime();
    BooleanSupplier signals = stopSignals.get();
    Thread cleanup = new Thread(this::stop, "sessionhost-demo-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      folder = Files.createTempDirectory("sessionhost-demo-");
      URI broker = startBroker(port);
      String adminToken = Files.readString(folder.resolve("broker/broker-admin-token")).strip();
      String registration = registrationToken(broker, adminToken);
      Map<Host, Process> agents = new LinkedHashMap<>();
      for (Host host : Host.values()) {
        agents.put(host, startAgent(host, broker, registration));
      }
      out.accept("sessionhost demo: a broker and " + agents.size() + " simulated hosts");
      out.accept("  portal       " + broker + "/");
      out.accept("  admin token  " + adminToken + "   (sign in with it)");
      out.accept("  folder       " + folder + "   (removed on Ctrl-C)");
      out.accept("");
      for (Host host : Host.values()) {
        out.accept(String.format("  %-20s %-26s %s", host.hostName, host.shows, host.how));
      }
      out.accept("");
      Watch watch = new Watch(broker, adminToken, agents, out, started, signals);
      watch.untilEveryStatusShows();
      out.accept(
          String.format(
              "Every status shows, %.1f s after the start. Ctrl-C stops everything.",
              (System.nanoTime() - started) / 1e9));
      watch.keepUpgrading(stopAfterSeconds);
      out.accept("Stopping: every process, then the folder.");
      return 0;
    } catch (StopRequested e) {
      out.accept("Stopping on a signal: every process, then the folder.");
      return 0;
    } catch (IOException e) {
      throw new CheckSetupException("the demo cannot go on: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } finally {
      stop();
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook runs stop() again, which does nothing
      }
    }
  }

  /** What the demo watches and does once everything started. */
  private final class Watch {
    private final URI broker;
    private final String adminToken;
    private final Map<Host, Process> agents;
    private final Consumer<String> out;
    private final long started;
    private final BooleanSupplier signals;
    private int nextVersion = 1;

    Watch(
        URI broker,
        String adminToken,
        Map<Host, Process> agents,
        Consumer<String> out,
        long started,
        BooleanSupplier signals) {
      this.signals = signals;
      this.broker = broker;
      this.adminToken = adminToken;
      this.agents = agents;
      this.out = out;
      this.started = started;
    }

    void untilEveryStatusShows() throws IOException, InterruptedException {
      Map<Host, Boolean> shown = new LinkedHashMap<>();
      boolean upgradeDropped = false;
      long deadline = System.nanoTime() + START_LIMIT.toNanos();
      while (shown.size() < Host.values().length) {
        if (System.nanoTime() > deadline) {
          List<String> missing = new ArrayList<>();
          for (Host host : Host.values()) {
            if (!shown.containsKey(host)) {
              missing.add(host.hostName + " (" + host.shows + ")");
            }
          }
          throw new IOException(
              "not every status showed within " + START_LIMIT.toSeconds() + " s: " + missing);
        }
        for (Host host : Host.values()) {
          Optional<JsonNode> view = status(host);
          if (view.isEmpty()) {
            continue;
          }
          String status = view.get().get("status").asString();
          String basis = view.get().get("basis").asString();
          if ("Available".equals(status) && "Reported".equals(basis)) {
            actOnFirstReport(host);
            if (host == Host.UPGRADE_FAILED && !upgradeDropped) {
              drop(host, "monitoring-agent", "0.1.1-broken", true);
              upgradeDropped = true;
            }
          }
          if (host == Host.UPGRADING) {
            keepItUpgrading(view.get());
          }
          if (!shown.containsKey(host) && reached(host, status, basis)) {
            shown.put(host, true);
            out.accept(
                String.format(
                    "%6.1f s  %-20s %s",
                    (System.nanoTime() - started) / 1e9,
                    host.hostName,
                    status + ("NoHeartbeat".equals(basis) ? " (NoHeartbeat)" : "")));
          }
        }
        pause();
      }
    }

    void keepUpgrading(long stopAfterSeconds) throws IOException, InterruptedException {
      long end =
          stopAfterSeconds > 0
              ? System.nanoTime() + TimeUnit.SECONDS.toNanos(stopAfterSeconds)
              : Long.MAX_VALUE;
      while (System.nanoTime() < end) {
        Optional<JsonNode> view = status(Host.UPGRADING);
        if (view.isPresent()) {
          keepItUpgrading(view.get());
        }
        pause();
      }
    }

    /** Waits one poll; a stop signal ends the watch. */
    private void pause() throws InterruptedException {
      Thread.sleep(POLL.toMillis());
      if (signals.getAsBoolean()) {
        throw new StopRequested();
      }
    }

    private boolean reached(Host host, String status, String basis) {
      return switch (host) {
        case NO_HEARTBEAT -> "Unavailable".equals(status) && "NoHeartbeat".equals(basis);
        case UNAVAILABLE -> "Unavailable".equals(status) && "Reported".equals(basis);
        default -> host.shows.equals(status);
      };
    }

    private void actOnFirstReport(Host host) {
      Process agent = agents.get(host);
      if (host == Host.SHUTDOWN && agent.isAlive()) {
        agent.destroy(); // SIGTERM: the agent reports Shutdown and exits
      } else if (host == Host.NO_HEARTBEAT && agent.isAlive()) {
        agent.destroyForcibly(); // SIGKILL: it says nothing more
      }
    }

    /**
     * Keeps good command-checks versions waiting in the drop folder: the agent looks there every 5
     * s and takes all it finds one after the other, so the host is Upgrading about four fifths of
     * the time.
     */
    private void keepItUpgrading(JsonNode view) throws IOException {
      if (!"Reported".equals(view.get("basis").asString())) {
        return;
      }
      Path updates =
          Files.createDirectories(
              folder.resolve(Host.UPGRADING.hostName).resolve("plugins/updates"));
      long waiting;
      try (Stream<Path> files = Files.list(updates)) {
        waiting = files.filter(p -> p.toString().endsWith(".jar")).count();
      }
      for (long i = waiting; i < QUEUED_UPGRADES; i++) {
        drop(Host.UPGRADING, "command-checks", "0.1." + nextVersion++, false);
      }
    }

    private Optional<JsonNode> status(Host host) throws IOException, InterruptedException {
      HttpResponse<String> got =
          get(
              broker,
              adminToken,
              "/v1/hostPools/default/sessionHosts/" + host.hostName + "/status");
      return got.statusCode() == 200
          ? Optional.of(WireJson.MAPPER.readTree(got.body()))
          : Optional.empty();
    }
  }

  /** SIGTERM or SIGINT came: the demo stops and cleans up. */
  private static final class StopRequested extends RuntimeException {
    StopRequested() {
      super(null, null, false, false);
    }
  }

  private URI startBroker(int port) throws IOException, InterruptedException {
    Path state = Files.createDirectories(folder.resolve("broker"));
    Path config =
        Files.writeString(
            folder.resolve("broker.yaml"),
            String.join(
                "\n",
                "brokerServer:",
                "  port: " + port,
                "  stateDir: " + state,
                "  heartbeatTimeout: " + HEARTBEAT_TIMEOUT.toSeconds() + "s",
                "  powerState:",
                "    source: simulated",
                "    hosts: { " + Host.SHUTDOWN.hostName + ": deallocated }",
                "    otherwise: running",
                ""));
    Process broker = start("broker", config, folder.resolve("broker.log"));
    return URI.create(awaitFile(broker, state.resolve("broker.url"), folder.resolve("broker.log")));
  }

  private Process startAgent(Host host, URI broker, String registration) throws IOException {
    Path own = Files.createDirectories(folder.resolve(host.hostName));
    Path plugins = Files.createDirectories(own.resolve("plugins"));
    try (Stream<Path> shipped = Files.list(home.resolve("plugins"))) {
      for (Path jar : shipped.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Files.copy(jar, plugins.resolve(jar.getFileName()));
      }
    }
    Path scenario =
        Files.copy(
            home.resolve("examples/scenarios").resolve(host.scenario),
            own.resolve("scenario.yaml"));
    List<String> lines =
        new ArrayList<>(
            List.of(
                "agent:",
                "  hostName: " + host.hostName,
                "  cycleInterval: 2s",
                "  environment: simulated",
                "  scenario: " + scenario,
                "  pluginsDir: " + plugins,
                "  stateDir: " + own.resolve("state"),
                "http:",
                "  port: 0",
                "broker:",
                "  url: " + broker,
                "  registrationToken: " + registration));
    if (host == Host.UPGRADING) {
      // a check of command-checks itself, so that each new version's first run takes a while;
      // ordinary cycles reuse its result for an hour
      lines.addAll(
          List.of(
              "commandChecks:",
              "  - id: DemoUpgradeProbe",
              "    command: [/bin/sleep, \"" + PROBE_SECONDS + "\"]",
              "    failureEffect: NONE",
              "    timeout: 30s",
              "    description: Takes a few seconds, so that the demo's upgrades can be seen.",
              "checks:",
              "  DemoUpgradeProbe:",
              "    interval: 1h"));
    }
    lines.add("");
    Path config = Files.writeString(own.resolve("agent.yaml"), String.join("\n", lines));
    return start("agent", config, own.resolve("agent.log"));
  }

  private Process start(String command, Path config, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/sessionhost").toString(), command, "--config", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    synchronized (this) {
      processes.add(process);
    }
    return process;
  }

  private static String awaitFile(Process process, Path file, Path log)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the broker ended at start:\n" + Files.readString(log).strip());
      }
      if (Files.isRegularFile(file)) {
        String text = Files.readString(file).strip();
        if (!text.isEmpty()) {
          return text;
        }
      }
      Thread.sleep(20);
    }
    throw new IOException("the broker did not start within " + START_LIMIT.toSeconds() + " s");
  }

  private String registrationToken(URI broker, String adminToken)
      throws IOException, InterruptedException {
    HttpResponse<String> issued =
        http()
            .send(
                HttpRequest.newBuilder(broker.resolve("/v1/hostPools/default/registrationTokens"))
                    .header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"expiresIn\":\"24h\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (issued.statusCode() != 201) {
      throw new IOException("the broker issued no token: " + issued.body());
    }
    return WireJson.MAPPER.readTree(issued.body()).get("token").asString();
  }

  private HttpResponse<String> get(URI broker, String adminToken, String path)
      throws IOException, InterruptedException {
    return http()
        .send(
            HttpRequest.newBuilder(broker.resolve(path))
                .header("Authorization", "Bearer " + adminToken)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Writes a copy of the shipped plugin {@code pluginId} as {@code version} into the host's drop
   * folder; {@code broken} replaces its classes with bytes no JVM can load.
   */
  private void drop(Host host, String pluginId, String version, boolean broken) throws IOException {
    Path plugins = folder.resolve(host.hostName).resolve("plugins");
    Path shipped;
    try (Stream<Path> jars = Files.list(home.resolve("plugins"))) {
      shipped =
          jars.filter(p -> p.getFileName().toString().startsWith("sessionhost-plugin-" + pluginId))
              .findFirst()
              .orElseThrow(() -> new IOException("the distribution has no plugin " + pluginId));
    }
    Path updates = Files.createDirectories(plugins.resolve("updates"));
    Path partial = updates.resolve(pluginId + "-" + version + ".part");
    try (JarInputStream in = new JarInputStream(Files.newInputStream(shipped))) {
      Manifest manifest = new Manifest(in.getManifest());
      manifest.getMainAttributes().put(new Attributes.Name("Plugin-Version"), version);
      try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(partial), manifest)) {
        for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
          jar.putNextEntry(new JarEntry(entry.getName()));
          if (broken && entry.getName().endsWith(".class")) {
            jar.write("this version was damaged on purpose by sessionhost demo".getBytes());
          } else {
            in.transferTo(jar);
          }
          jar.closeEntry();
        }
      }
    }
    // written whole before it is moved in, so it counts as settled at once; the drop folder
    // takes the oldest first, so the times keep the versions in order
    Files.setLastModifiedTime(
        partial, FileTime.fromMillis(System.currentTimeMillis() - 60_000 + drops++));
    Files.move(
        partial,
        updates.resolve(pluginId + "-" + version + ".jar"),
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** Stops every process (SIGTERM, then SIGKILL after 5 s) and removes the folder; idempotent. */
  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    // what the agents started (a command check's program runs in its own session) outlives a
    // stopped agent unless it is ended too; once orphaned it is no descendant any more
    List<ProcessHandle> started = new ArrayList<>();
    for (Process process : processes) {
      process.descendants().forEach(started::add);
    }
    for (Process process : processes) {
      process.destroy();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    for (Process process : processes) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
          process.destroyForcibly();
          process.waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
      }
    }
    for (ProcessHandle left : started) {
      if (left.isAlive()) {
        left.destroyForcibly();
        try {
          left.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
          // it was told to die; nothing more can be done from here
        }
      }
    }
    if (folder != null) {
      deleteTree(folder);
    }
  }

  private static void deleteTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }
}
