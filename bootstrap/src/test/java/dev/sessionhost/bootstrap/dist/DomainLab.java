package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away Samba AD domain on 127.0.0.2, in its own network, mount, pid and uts namespaces, run
 * by {@code samba/domain-lab.sh}: the test runs commands inside with {@link #inside}, and {@link
 * #close} kills the namespace's first process, which takes every process in it along.
 */
final class DomainLab implements AutoCloseable {

  static final String REALM = "LAB.SESSIONHOST.TEST";
  static final String MACHINE = "HOST1$@" + REALM;
  static final String CONTROLLER = "127.0.0.2";

  /** Generous: provisioning alone takes 4 to 19 s on a loaded two-core machine. */
  private static final Duration READY_DEADLINE = Duration.ofSeconds(100);

  private static final Duration STEP_DEADLINE = Duration.ofSeconds(60);

  private final Path dir;
  private final Process unshare;
  private ProcessHandle init;
  private String pidNamespace = "";

  private DomainLab(Path dir, Process unshare) {
    this.dir = dir;
    this.unshare = unshare;
  }

  /** Provisions, starts and joins; returns once the machine keytab is written. */
  static DomainLab start(Path dir) throws IOException, InterruptedException {
    Process unshare =
        new ProcessBuilder(
                "unshare",
                "--net",
                "--mount",
                "--pid",
                "--uts",
                "--fork",
                "--kill-child",
                "--mount-proc",
                "bash",
                script().toString(),
                "up",
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("lab.log").toFile())
            .start();
    DomainLab lab = new DomainLab(dir, unshare);
    try {
      lab.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
      lab.close();
      throw e;
    }
    return lab;
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
    while (!Files.exists(dir.resolve("ready"))) {
      assertThat(unshare.isAlive()).as("the domain lab stopped:\n%s", log()).isTrue();
      assertThat(System.nanoTime() - deadline)
          .as("the domain lab not ready after %s s:\n%s", READY_DEADLINE.toSeconds(), log())
          .isNegative();
      Thread.sleep(100);
    }
    init = unshare.children().findFirst().orElseThrow();
    pidNamespace = Files.readSymbolicLink(Path.of("/proc", pid(), "ns/pid")).toString();
  }

  /** The folder holding everything: the DC, krb5.conf, the machine keytab. */
  Path dir() {
    return dir;
  }

  Path keytab() {
    return dir.resolve("krb5.keytab");
  }

  Path krb5Config() {
    return dir.resolve("krb5.conf");
  }

  /** The pid namespace, e.g. {@code pid:[4026532571]}, to look for survivors after close. */
  String pidNamespace() {
    return pidNamespace;
  }

  /** The host pid of the namespace's first process. */
  String pid() {
    return String.valueOf(init.pid());
  }

  /** {@code nsenter} arguments that run the rest inside the lab's namespaces. */
  List<String> inside(String... command) {
    List<String> line = new ArrayList<>(List.of("-t", pid(), "-n", "-m", "-p", "-u", "--"));
    line.addAll(List.of(command));
    return line;
  }

  /**
   * Runs {@code domain-lab.sh STEP} inside: {@code setpassword}, {@code delete} or {@code join}.
   */
  void step(String step) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("nsenter"));
    command.addAll(inside("bash", script().toString(), step, dir.toString()));
    Path out = dir.resolve(step + ".out");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!process.waitFor(STEP_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(step + " did not finish in " + STEP_DEADLINE.toSeconds() + " s");
    }
    assertThat(process.exitValue()).as("%s: %s", step, Files.readString(out)).isZero();
  }

  /** Kills every process of the lab and deletes its folder. */
  @Override
  public void close() throws IOException, InterruptedException {
    // --kill-child: the namespace's first process dies with unshare, and every process in the
    // namespace with it
    unshare.children().forEach(ProcessHandle::destroyForcibly);
    unshare.destroyForcibly();
    unshare.waitFor(30, TimeUnit.SECONDS);
    // the kernel kills the rest asynchronously: wait for them to be gone before deleting files
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!pidNamespace.isEmpty()
        && !processesIn(pidNamespace).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("lab.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static Path script() {
    try {
      return Path.of(DomainLab.class.getResource("/samba/domain-lab.sh").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The processes, by host pid, still in the pid namespace. */
  static List<Long> processesIn(String namespace) {
    try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
      return proc.filter(p -> p.getFileName().toString().matches("\\d+"))
          .filter(p -> namespace.equals(link(p.resolve("ns/pid"))))
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String link(Path path) {
    try {
      return Files.readSymbolicLink(path).toString();
    } catch (IOException e) {
      return ""; // the process ended while we looked
    }
  }
}
