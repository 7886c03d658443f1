package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCommandRunnerIT {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private final ProcessCommandRunner runner = new ProcessCommandRunner();

  @Test
  void returnsTheExitCodeAndBothOutputs() {
    CommandResult result =
        runner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), TEN_SECONDS);

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo("out\n");
    assertThat(result.stderr()).isEqualTo("err\n");
    assertThat(result.took()).isPositive();
  }

  @Test
  void passesTheEnvironmentAndTheCLocale() {
    CommandResult result =
        runner.run(
            List.of("sh", "-c", "echo \"$GREETING $LC_ALL\""),
            Map.of("GREETING", "hello"),
            TEN_SECONDS);

    assertThat(result.stdout()).isEqualTo("hello C\n");
  }

  @Test
  void stdinIsAtEndOfFileSoAReaderEndsAtOnce() {
    CommandResult result = runner.run(List.of("cat"), TEN_SECONDS);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.stdout()).isEmpty();
    assertThat(result.took()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aCommandPastItsTimeoutIsKilledWithEveryChild(@TempDir Path dir) throws Exception {
    Path pids = dir.resolve("pids");
    String script =
        "sleep 30 & echo $! > "
            + pids
            + "; sleep 30 & echo $! >> "
            + pids
            + "; echo $$ >> "
            + pids
            + "; wait";
    long started = System.nanoTime();

    assertThatThrownBy(() -> runner.run(List.of("sh", "-c", script), Duration.ofMillis(300)))
        .isInstanceOf(ProbeException.class)
        .hasMessageEndingWith("did not finish within 300 ms; stopped it");

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("bounded by the 300 ms timeout, not the 30 s sleeps")
        .isLessThan(Duration.ofSeconds(15));
    List<Long> started3 = Files.readAllLines(pids).stream().map(Long::parseLong).toList();
    assertThat(started3).hasSize(3);
    for (long pid : started3) {
      assertThat(Processes.eventuallyGone(pid)).as("process %d survived", pid).isTrue();
    }
  }

  @Test
  void keepsOnly64KiBOfAnOutputButLetsTheCommandFinish() {
    CommandResult result =
        runner.run(
            List.of("sh", "-c", "head -c 1048576 /dev/zero | tr '\\0' x; echo done >&2"),
            TEN_SECONDS);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.stdout()).hasSize(64 * 1024).matches("x+");
    assertThat(result.stderr()).isEqualTo("done\n");
  }

  @Test
  void aProgramThatIsNotInstalledIsReportedAsSuch() {
    assertThatThrownBy(() -> runner.run(List.of("sessionhost-no-such-tool", "list"), TEN_SECONDS))
        .isInstanceOfSatisfying(
            CommandNotFoundException.class,
            e -> assertThat(e.program()).isEqualTo("sessionhost-no-such-tool"))
        .hasMessage(
            "cannot run \"sessionhost-no-such-tool\": it is not installed (not found on PATH)");
  }

  @Test
  void aProgramThatCannotBeExecutedIsNotMistakenForAMissingOne(@TempDir Path dir)
      throws IOException {
    Path script = Files.writeString(dir.resolve("tool"), "#!/bin/sh\necho hi\n");

    assertThatThrownBy(() -> runner.run(List.of(script.toString()), TEN_SECONDS))
        .isInstanceOf(ProbeException.class)
        .isNotInstanceOf(CommandNotFoundException.class)
        .hasMessageContaining("Permission denied");
  }

  @Test
  void anInterruptedWaitStopsTheCommandAndKeepsTheInterrupt() throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                runner.run(List.of("sleep", "30"), TEN_SECONDS);
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
        .hasMessageContaining("interrupted while waiting for \"sleep 30\"");
    assertThat(stillInterrupted).isTrue();
  }
}
