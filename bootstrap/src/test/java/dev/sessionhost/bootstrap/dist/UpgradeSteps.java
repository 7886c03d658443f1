package dev.sessionhost.bootstrap.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The steps of one plugin upgrade as the agent's folders show them, in the order it takes them,
 * polled closely enough that a test can kill the agent right after one: the update state saved as
 * Pending, then Started; a jar in {@code plugins/.staging/} (the incoming copy, then the old jar
 * set aside); the new jar in {@code plugins/}; the old jar kept in {@code previous/}; the update
 * state saved as Succeeded.
 */
final class UpgradeSteps {

  /** A step, named by what shows it. */
  enum Step {
    PENDING("the update state was Pending"),
    STARTED("the update state was Started"),
    STAGED("a jar was in .staging/"),
    SWAPPED_IN("the new jar was in plugins/"),
    SUCCEEDED("the update state was Succeeded"),
    KEPT("the old jar was in previous/");

    private final String shown;

    Step(String shown) {
      this.shown = shown;
    }

    /** What showed the step, as in "killed after ...". */
    String shown() {
      return shown;
    }
  }

  private final Path stateFile;
  private final Path staging;
  private final Path newJar;
  private final Path previous;
  private final String stateBefore;
  private final Set<String> previousBefore;

  private UpgradeSteps(Path plugins, Path stateDir, String newJarName) throws IOException {
    this.stateFile = stateDir.resolve("update-state.json");
    this.staging = plugins.resolve(".staging");
    this.newJar = plugins.resolve(newJarName);
    this.previous = plugins.resolve("previous");
    this.stateBefore = read(stateFile);
    this.previousBefore = names(previous);
  }

  /**
   * Remembers the folders as they are before an upgrade whose new jar will be named {@code
   * newJarName} in {@code plugins}.
   */
  static UpgradeSteps before(Path plugins, Path stateDir, String newJarName) throws IOException {
    return new UpgradeSteps(plugins, stateDir, newJarName);
  }

  /**
   * Polls until the upgrade has shown {@code step} or a later one, or {@code limit} has passed.
   *
   * @return whether it did
   */
  boolean await(Step step, Duration limit) throws IOException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (latest() >= step.ordinal()) {
        return true;
      }
      Thread.onSpinWait();
    }
    return false;
  }

  /** The ordinal of the latest step the folders show, -1 for none. */
  private int latest() throws IOException {
    if (!previousBefore.containsAll(names(previous))) {
      return Step.KEPT.ordinal();
    }
    String state = read(stateFile);
    if (!state.equals(stateBefore) && state.contains("\"Succeeded\"")) {
      return Step.SUCCEEDED.ordinal();
    }
    if (Files.exists(newJar)) {
      return Step.SWAPPED_IN.ordinal();
    }
    if (!names(staging).isEmpty()) {
      return Step.STAGED.ordinal();
    }
    if (state.contains("\"Started\"")) {
      return Step.STARTED.ordinal();
    }
    return state.contains("\"Pending\"") ? Step.PENDING.ordinal() : -1;
  }

  private static String read(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      return "";
    }
  }

  private static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
    } catch (java.nio.file.NoSuchFileException e) {
      return Set.of();
    }
  }
}
