package dev.sessionhost.bootstrap.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a launcher script as a real process, as a user would, with a hard timeout, and captures
 * what it printed and how long it took.
 *
 * <p>The child runs on the test's own Java, without the caller's {@code JAVA_OPTS} or {@code
 * COLUMNS}, so a developer's shell cannot change what the tests see.
 */
public final class Launcher {

  /** Generous: a JVM start on a loaded two-core machine, not a performance bound. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** What one run printed and returned, and its wall time from start to exit. */
  public record Run(int exitCode, String out, String err, Duration wallTime) {

    @Override
    public String toString() {
      return "exit "
          + exitCode
          + " after "
          + wallTime.toMillis()
          + " ms\n--- stdout\n"
          + out
          + "\n--- stderr\n"
          + err;
    }
  }

  private final Path script;
  private final Path workDir;
  private final Map<String, String> environment;
  private final Duration timeout;

  private Launcher(Path script, Path workDir, Map<String, String> environment, Duration timeout) {
    this.script = script;
    this.workDir = workDir;
    this.environment = environment;
    this.timeout = timeout;
  }

  /** A launcher for this script, run from the current directory. */
  public static Launcher of(Path script) {
    return new Launcher(script, Path.of("").toAbsolutePath(), Map.of(), DEFAULT_TIMEOUT);
  }

  /** The same launcher, started from another working directory. */
  public Launcher in(Path directory) {
    return new Launcher(script, directory, environment, timeout);
  }

  /** The same launcher with one more environment variable for the child. */
  public Launcher with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(name, value);
    return new Launcher(script, workDir, Map.copyOf(more), timeout);
  }

  /** The same launcher with another limit on how long the process may run. */
  public Launcher timeout(Duration limit) {
    return new Launcher(script, workDir, environment, limit);
  }

  /** Runs the script with these arguments; fails the test when it outlives the timeout. */
  public Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    command.addAll(List.of(args));
    // files rather than pipes: a child printing a lot never blocks on a full pipe
    Path out = Files.createTempFile("sessionhost-out", ".txt");
    Path err = Files.createTempFile("sessionhost-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().remove("JAVA_OPTS");
      builder.environment().remove("COLUMNS");
      builder.environment().putAll(environment);
      long started = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            command
                + " did not finish in "
                + timeout.toSeconds()
                + " s; it printed:\n"
                + Files.readString(out)
                + "\n"
                + Files.readString(err));
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - started);
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err), wall);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
