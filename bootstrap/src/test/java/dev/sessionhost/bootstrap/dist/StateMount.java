package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs over an agent's state folder, mounted in the agent's own mount namespace (with
 * {@code unshare} and {@code nsenter} of util-linux, as root), which a drill fills up, frees, makes
 * read-only and writable again while the agent runs. The test reaches the agent's view of the
 * folder through {@code /proc/PID/root}.
 */
final class StateMount {

  private static final List<String> TOOLS = List.of("unshare", "nsenter", "mount", "sh");

  private final Path stateDir;
  private long pid;

  private StateMount(Path stateDir) {
    this.stateDir = stateDir;
  }

  /**
   * The mount for {@code stateDir}; fails the test, saying what is missing, when this machine
   * cannot give a process its own mount namespace (no util-linux tools, not root).
   */
  static StateMount over(Path stateDir) throws IOException, InterruptedException {
    for (String tool : TOOLS) {
      assertThat(onPath(tool))
          .as(tool + " is not on the PATH: this drill needs util-linux (unshare, nsenter, mount)")
          .isTrue();
    }
    Run probe = run(List.of("unshare", "-m", "--propagation", "private", "true"));
    assertThat(probe.exitCode())
        .as(
            "unshare -m failed, so the drill cannot mount a tmpfs of its own (it must run as root,"
                + " or in a container allowed to create mount namespaces): "
                + probe.output())
        .isZero();
    return new StateMount(stateDir);
  }

  /**
   * The command that mounts a tmpfs of {@code size} (such as {@code 512k}) over the state folder in
   * a new mount namespace, copies {@code seed}'s files into it, and execs {@code agent}.
   */
  List<String> command(String size, Path seed, List<String> agent) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "unshare",
                "-m",
                "--propagation",
                "private",
                "sh",
                "-c",
                "mount -t tmpfs -o size=$1 tmpfs \"$2\" && cp -a \"$3\"/. \"$2\"/ && shift 3"
                    + " && exec \"$@\"",
                "sh",
                size,
                stateDir.toString(),
                seed.toString()));
    command.addAll(agent);
    return command;
  }

  /** Where the test sees the state folder of the process {@code pid}; remembers the pid. */
  Path seenBy(long pid) {
    this.pid = pid;
    return Path.of("/proc/" + pid + "/root").resolve(stateDir.toString().substring(1));
  }

  /** The agent's state folder as the test sees it. */
  Path folder() {
    return seenBy(pid);
  }

  /** Writes {@code name} in the folder until no space is left; returns the bytes it took. */
  long fill(String name) throws IOException {
    Path filler = folder().resolve(name);
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(chunk);
      }
    } catch (IOException e) {
      assertThat(e).hasMessageContaining("No space left on device");
    }
    return Files.size(filler);
  }

  void readOnly() throws IOException, InterruptedException {
    remount("ro");
  }

  void writable() throws IOException, InterruptedException {
    remount("rw");
  }

  private void remount(String mode) throws IOException, InterruptedException {
    Run run =
        run(
            List.of(
                "nsenter",
                "-t",
                Long.toString(pid),
                "-m",
                "mount",
                "-o",
                "remount," + mode,
                stateDir.toString()));
    assertThat(run.exitCode()).as("remount," + mode + ": " + run.output()).isZero();
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
    for (String dir : path.split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  private record Run(int exitCode, String output) {}

  private static Run run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in 30 s");
    }
    return new Run(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
