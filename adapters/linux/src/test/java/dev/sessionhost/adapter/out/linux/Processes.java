package dev.sessionhost.adapter.out.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Tells whether a process of a test is gone, counting a zombie nobody reaped yet as gone, or
 * whether a command a test started is running yet.
 */
final class Processes {

  /** Generous: what depends on scheduling on a loaded machine, and returns as soon as it holds. */
  private static final Duration LIMIT = Duration.ofSeconds(15);

  private Processes() {}

  /** Whether the process is gone within fifteen seconds. */
  static boolean eventuallyGone(long pid) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie(pid)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  /**
   * Whether, within fifteen seconds, this JVM has a descendant running {@code program} with exactly
   * these arguments: the sign that a command under test has really started.
   */
  static boolean eventuallyRunning(String program, String... arguments)
      throws InterruptedException {
    List<String> wanted = List.of(arguments);
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (ProcessHandle.current().descendants().noneMatch(p -> runs(p, program, wanted))) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private static boolean runs(ProcessHandle process, String program, List<String> arguments) {
    ProcessHandle.Info info = process.info();
    return info.command().map(c -> c.endsWith("/" + program)).orElse(false)
        && info.arguments().map(a -> List.of(a).equals(arguments)).orElse(arguments.isEmpty());
  }

  private static boolean zombie(long pid) throws IOException {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return false;
    }
    String text = Files.readString(stat);
    return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
  }
}
