package dev.sessionhost.bootstrap.dist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * {@code sessionhost agent} (or {@code sessionhost broker}) started as a real process from a
 * distribution: waits until it writes the address it listens on, talks to it over loopback HTTP,
 * stops it with SIGTERM as systemd would or kills it with SIGKILL, and always kills it (and its
 * children) if a test leaves it running.
 */
public final class AgentProcess implements AutoCloseable {

  /** Generous: a JVM start and a first cycle on a loaded two-core machine. */
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final Process process;
  private final Path stateDir;
  private final String name;
  private final String urlFile;
  private final String tokenFile;
  private final Path out;
  private final Path err;
  private final HttpClient http =
      HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
  private URI base;

  private AgentProcess(
      Process process,
      String name,
      Path stateDir,
      String urlFile,
      String tokenFile,
      Path out,
      Path err) {
    this.process = process;
    this.name = name;
    this.stateDir = stateDir;
    this.urlFile = urlFile;
    this.tokenFile = tokenFile;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts {@code bin/sessionhost agent --config config}; the configuration must set {@code
   * http.port: 0} and {@code agent.stateDir: stateDir}.
   */
  public static AgentProcess start(Path launcher, Path config, Path stateDir, String... more)
      throws IOException, InterruptedException {
    return start("agent", "http.url", "admin-token", launcher, config, stateDir, more);
  }

  /**
   * Starts {@code bin/sessionhost broker --config config}; the configuration must set {@code
   * brokerServer.port} (0 for any) and {@code brokerServer.stateDir: stateDir}.
   */
  public static AgentProcess startBroker(Path launcher, Path config, Path stateDir)
      throws IOException, InterruptedException {
    return start("broker", "broker.url", "broker-admin-token", launcher, config, stateDir);
  }

  /**
   * Starts the agent through {@code command}, which must end by exec'ing {@code bin/sessionhost
   * agent --config ...}, so that the process started is the agent itself (the launcher execs java).
   * For an agent that sees its state folder elsewhere than the test does: {@code stateSeen} maps
   * the agent's pid to where the test finds the folder the agent knows as {@code stateDir}, such as
   * {@code /proc/PID/root/STATE} for an agent in its own mount namespace.
   */
  public static AgentProcess startThrough(
      List<String> command, Path stateDir, LongFunction<Path> stateSeen)
      throws IOException, InterruptedException {
    return start("agent", "http.url", "admin-token", command, stateDir, stateSeen);
  }

  private static AgentProcess start(
      String name,
      String urlFile,
      String tokenFile,
      Path launcher,
      Path config,
      Path stateDir,
      String... more)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString(), name, "--config"));
    command.add(config.toString());
    command.addAll(List.of(more));
    return start(name, urlFile, tokenFile, command, stateDir, pid -> stateDir);
  }

  private static AgentProcess start(
      String name,
      String urlFile,
      String tokenFile,
      List<String> command,
      Path stateDir,
      LongFunction<Path> stateSeen)
      throws IOException, InterruptedException {
    Files.createDirectories(stateDir);
    Files.deleteIfExists(stateDir.resolve(urlFile));
    Path out = Files.createTempFile(stateDir.getParent(), name + "-out", ".txt");
    Path err = Files.createTempFile(stateDir.getParent(), name + "-err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    Process process = builder.start();
    AgentProcess agent =
        new AgentProcess(
            process, name, stateSeen.apply(process.pid()), urlFile, tokenFile, out, err);
    agent.awaitAddress();
    return agent;
  }

  private void awaitAddress() throws IOException, InterruptedException {
    Path urlFile = stateDir.resolve(this.urlFile);
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the " + name + " ended at start:\n" + output());
      }
      if (Files.isRegularFile(urlFile)) {
        String text = Files.readString(urlFile).strip();
        if (!text.isEmpty()) {
          base = URI.create(text);
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "the " + name + " wrote no address within " + START_LIMIT + ":\n" + output());
  }

  public URI base() {
    return base;
  }

  /** The admin token the process generated into its state folder. */
  public String adminToken() throws IOException {
    return Files.readString(stateDir.resolve(tokenFile)).strip();
  }

  /**
   * Kills the process with SIGKILL, as a crash would, then any process it started, and waits for it
   * to end. (The launcher execs Java, so the process is the JVM itself.)
   */
  public void kill() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    process.waitFor(10, TimeUnit.SECONDS);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Polls {@code path} until it answers {@code code}; fails the test after {@code limit}. */
  /**
   * Sends {@code jar} to {@code POST /v1/plugins/upgrade} with the admin token; the answer, or the
   * failure of the connection (as when the agent dies), when it comes.
   */
  public CompletableFuture<HttpResponse<String>> uploadPlugin(Path jar, Duration timeout)
      throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(base().resolve("/v1/plugins/upgrade"))
            .timeout(timeout)
            .header("Authorization", "Bearer " + adminToken())
            .header("Content-Type", "application/java-archive")
            .header("X-Plugin-File", jar.getFileName().toString())
            .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(jar)))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> awaitCode(String path, int code, Duration limit)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = get(path);
      if (last.statusCode() == code) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        path + " never answered " + code + "; last: " + (last == null ? "-" : last.body()));
  }

  /** Sends SIGTERM and waits up to {@code limit}; returns the exit code and how long it took. */
  public Stopped stop(Duration limit) throws InterruptedException, IOException {
    long started = System.nanoTime();
    process.destroy(); // SIGTERM on Linux
    boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (!ended) {
      close();
      throw new AssertionError("the " + name + " did not stop within " + limit + ":\n" + output());
    }
    return new Stopped(process.exitValue(), took, output());
  }

  /** What the agent printed so far: standard output, then standard error. */
  public String output() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8)
        + "\n--- stderr\n"
        + Files.readString(err, StandardCharsets.UTF_8);
  }

  /** Standard output alone. */
  public String stdout() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How a stop ended. */
  public record Stopped(int exitCode, Duration took, String output) {}
}
