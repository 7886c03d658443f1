package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.CommandRequest;
import dev.sessionhost.plugin.api.CommandRun;
import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxCommandProbeIT {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private final LinuxCommandProbe probe = new LinuxCommandProbe();

  @TempDir Path dir;

  @Test
  void startsCommandsInASessionOfTheirOwnOnThisHost() {
    assertThat(probe.usesSessions()).isTrue();
  }

  @Test
  void reportsTheExitCodeAndKeepsStandardErrorApart() {
    CommandRun run = probe.run(sh("echo 'DISK WARNING - 12% free'; echo oops >&2; exit 1"));

    assertThat(run.exitCode()).hasValue(1);
    assertThat(run.signal()).isEmpty();
    assertThat(run.timedOut()).isFalse();
    assertThat(run.startFailure()).isEmpty();
    assertThat(run.output()).isEqualTo("DISK WARNING - 12% free\n");
    assertThat(run.errorOutput()).isEqualTo("oops\n");
    assertThat(run.took()).isPositive();
    assertThat(probe.run(sh("exit 0")).exitCode()).hasValue(0);
    assertThat(probe.run(sh("exit 2")).exitCode()).hasValue(2);
    assertThat(probe.run(sh("exit 3")).exitCode()).hasValue(3);
  }

  @Test
  void keepsTheCapAndDrainsAndCountsTheRestOfAMebibyte() {
    CommandRun run = probe.run(sh("head -c 1048576 /dev/zero | tr '\\0' x; echo done >&2; exit 3"));

    assertThat(run.exitCode()).hasValue(3);
    assertThat(run.output()).hasSize(4096).matches("x+");
    assertThat(run.outputDropped()).isEqualTo(1048576 - 4096);
    assertThat(run.errorOutput()).isEqualTo("done\n");
    assertThat(run.errorDropped()).isZero();
    assertThat(run.took()).isLessThan(TEN_SECONDS);
  }

  @Test
  void givesTheCommandACleanEnvironmentWithOnlyWhatTheRequestSets() {
    String inherited =
        System.getenv().keySet().stream().filter(k -> !k.equals("PATH")).findFirst().orElseThrow();
    CommandRequest request =
        new CommandRequest(
            List.of("env"), Map.of("GREETING", "hello world"), Optional.empty(), TEN_SECONDS, 4096);

    CommandRun run = probe.run(request);

    assertThat(run.output().lines())
        .containsExactlyInAnyOrder(
            "PATH=" + LinuxCommandProbe.STANDARD_PATH, "LANG=C", "GREETING=hello world")
        .noneMatch(line -> line.startsWith(inherited + "="));
  }

  @Test
  void theRequestMayReplaceThePathAndTheLanguage() {
    CommandRequest request =
        new CommandRequest(
            List.of("env"),
            Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8"),
            Optional.empty(),
            TEN_SECONDS,
            4096);

    assertThat(probe.run(request).output().lines())
        .containsExactlyInAnyOrder("PATH=/usr/bin:/bin", "LANG=C.UTF-8");
  }

  @Test
  void runsInTheRequestedDirectoryOrElseInTheRoot() throws IOException {
    CommandRequest inDir =
        new CommandRequest(List.of("pwd"), Map.of(), Optional.of(dir), TEN_SECONDS, 4096);

    assertThat(probe.run(inDir).output()).isEqualTo(dir.toRealPath() + "\n");
    assertThat(probe.run(CommandRequest.of(List.of("pwd"), TEN_SECONDS)).output()).isEqualTo("/\n");
  }

  @Test
  void standardInputIsClosedSoAReaderEndsAtOnce() {
    CommandRun run = probe.run(CommandRequest.of(List.of("cat"), TEN_SECONDS));

    assertThat(run.exitCode()).hasValue(0);
    assertThat(run.output()).isEmpty();
    assertThat(run.took()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void atTheTimeoutKillsTheWholeTreeIncludingReparentedChildren() throws Exception {
    Path pids = dir.resolve("pids");
    String script =
        String.join(
            "\n",
            "sleep 1000 &",
            "echo $! >> " + pids,
            "( ( sleep 1000 & echo $! >> " + pids + " ) & )",
            "echo $$ >> " + pids,
            "wait");
    long started = System.nanoTime();

    CommandRun run =
        probe.run(
            new CommandRequest(
                List.of("sh", "-c", script),
                Map.of(),
                Optional.empty(),
                Duration.ofSeconds(1),
                4096));

    assertThat(run.timedOut()).isTrue();
    assertThat(run.exitCode()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    List<Long> tree = Files.readAllLines(pids).stream().map(Long::parseLong).toList();
    assertThat(tree).hasSize(3);
    for (long pid : tree) {
      assertThat(Processes.eventuallyGone(pid)).as("process %d survived", pid).isTrue();
    }
  }

  @Test
  void killRunningEndsTheTreesOfTheCommandsStillRunning() throws Exception {
    Path pids = dir.resolve("pids");
    String script =
        String.join(
            "\n",
            "( ( sleep 1000 & echo $! >> " + pids + " ) & )",
            "echo $$ >> " + pids,
            "sleep 1000");
    AtomicReference<CommandRun> result = new AtomicReference<>();
    Thread runner =
        new Thread(
            () ->
                result.set(
                    probe.run(
                        new CommandRequest(
                            List.of("sh", "-c", script),
                            Map.of(),
                            Optional.empty(),
                            Duration.ofMinutes(10),
                            4096))));
    runner.start();
    long deadline = System.nanoTime() + TEN_SECONDS.toNanos();
    while (!(Files.exists(pids) && Files.readAllLines(pids).size() == 2)) {
      assertThat(System.nanoTime()).as("the script wrote both pids").isLessThan(deadline);
      Thread.sleep(20);
    }

    probe.killRunning();

    runner.join(TEN_SECONDS.toMillis());
    assertThat(runner.isAlive()).as("the run returned once its command was killed").isFalse();
    assertThat(result.get().signal()).hasValue(9);
    for (long pid : Files.readAllLines(pids).stream().map(Long::parseLong).toList()) {
      assertThat(Processes.eventuallyGone(pid)).as("process %d survived", pid).isTrue();
    }
  }

  @Test
  void aChildLeftHoldingTheOutputAfterTheCommandExitsIsKilled() throws Exception {
    Path pids = dir.resolve("pids");
    CommandRun run = probe.run(sh("sleep 1000 & echo $! > " + pids + "; echo started"));

    assertThat(run.exitCode()).hasValue(0);
    assertThat(run.output()).isEqualTo("started\n");
    long child = Long.parseLong(Files.readString(pids).strip());
    assertThat(Processes.eventuallyGone(child)).as("process %d survived", child).isTrue();
  }

  /**
   * The case behind a flake of the test above: the JDK may end a command's output as the command
   * exits (when no read of it is under way), so a child still holding the pipe can look like one
   * that does not. Either way the child goes with the command.
   */
  @Test
  void aChildLeftInTheBackgroundWithoutTheOutputIsKilledToo() throws Exception {
    Path pids = dir.resolve("pids");
    CommandRun run =
        probe.run(sh("sleep 1000 >/dev/null 2>&1 & echo $! > " + pids + "; echo started"));

    assertThat(run.exitCode()).hasValue(0);
    assertThat(run.output()).isEqualTo("started\n");
    long child = Long.parseLong(Files.readString(pids).strip());
    assertThat(Processes.eventuallyGone(child)).as("process %d survived", child).isTrue();
  }

  @Test
  void reportsASignalDeathAsTheSignal() {
    CommandRun run = probe.run(sh("echo dying; kill -9 $$"));

    assertThat(run.signal()).hasValue(9);
    assertThat(run.exitCode()).isEmpty();
    assertThat(run.output()).isEqualTo("dying\n");
  }

  @Test
  void aMissingProgramIsAStartFailure() {
    assertThat(
            probe
                .run(CommandRequest.of(List.of("sessionhost-no-such-tool"), TEN_SECONDS))
                .startFailure())
        .hasValue("no such program: sessionhost-no-such-tool");
    String absent = dir.resolve("absent").toString();
    assertThat(probe.run(CommandRequest.of(List.of(absent), TEN_SECONDS)).startFailure())
        .hasValue("no such program: " + absent);
  }

  @Test
  void aFileOrDirectoryThatCannotBeExecutedIsAStartFailure() throws IOException {
    Path script = Files.writeString(dir.resolve("check"), "#!/bin/sh\necho hi\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(probe.run(CommandRequest.of(List.of(script.toString()), TEN_SECONDS)).startFailure())
        .hasValue("not executable: " + script);
    assertThat(probe.run(CommandRequest.of(List.of(dir.toString()), TEN_SECONDS)).startFailure())
        .hasValue("not executable: " + dir);
  }

  @Test
  void aMissingWorkingDirectoryIsAStartFailure() {
    Path gone = dir.resolve("gone");
    CommandRequest request =
        new CommandRequest(List.of("true"), Map.of(), Optional.of(gone), TEN_SECONDS, 4096);

    assertThat(probe.run(request).startFailure()).hasValue("no such working directory: " + gone);
  }

  @Test
  void withoutSetsidStillKillsTheDescendantsItSees() throws Exception {
    LinuxCommandProbe plain = new LinuxCommandProbe(Optional.empty(), Path.of("/proc"));
    Path pids = dir.resolve("pids");

    CommandRun run =
        plain.run(
            new CommandRequest(
                List.of("sh", "-c", "sleep 1000 & echo $! > " + pids + "; wait"),
                Map.of(),
                Optional.empty(),
                Duration.ofMillis(500),
                4096));

    assertThat(plain.usesSessions()).isFalse();
    assertThat(run.timedOut()).isTrue();
    long child = Long.parseLong(Files.readString(pids).strip());
    assertThat(Processes.eventuallyGone(child)).isTrue();
    assertThat(plain.run(sh("exit 2")).exitCode()).hasValue(2);
  }

  @Test
  void anInterruptedRunKillsTheCommandAndKeepsTheInterrupt() throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>(false);
    Thread caller =
        new Thread(
            () -> {
              try {
                probe.run(CommandRequest.of(List.of("sleep", "30"), TEN_SECONDS));
              } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    assertThat(Processes.eventuallyRunning("sleep", "30")).as("the command started").isTrue();
    caller.interrupt();
    caller.join(15_000);

    assertThat(caller.isAlive()).as("ended by the interrupt, not by the 30 s sleep").isFalse();
    assertThat(thrown.get())
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("interrupted while running sleep");
    assertThat(stillInterrupted.get()).isTrue();
  }

  private static CommandRequest sh(String script) {
    return CommandRequest.of(List.of("sh", "-c", script), TEN_SECONDS);
  }
}
