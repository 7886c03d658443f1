package dev.sessionhost.plugins.commandchecks;

import static dev.sessionhost.plugins.commandchecks.Checks.check;
import static dev.sessionhost.plugins.commandchecks.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.CommandRequest;
import dev.sessionhost.plugin.api.CommandRun;
import dev.sessionhost.plugin.api.Measurement;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CommandCheckTest {

  private static final List<String> DISK =
      List.of("/usr/lib/nagios/plugins/check_disk", "-w", "20%", "-c", "10%", "-p", "/");

  private final CommandCheck check = check(entry("DiskSpaceCheck", DISK));

  private CheckVerdict run(CommandCheck command, CommandProbe probe) {
    return Checks.run(command, probe);
  }

  @Test
  void exitCodeZeroPassesWithTheFirstLineAsMessageAndThePerfDataAsMeasurements() {
    CheckVerdict verdict =
        run(
            check,
            FakeCommandProbe.exiting(
                0,
                "DISK OK - free space: / 9113 MB (44% inode=87%);| /=11204MB;16364;18410;0;20456\n"));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).isEqualTo("DISK OK - free space: / 9113 MB (44% inode=87%);");
    assertThat(verdict.details())
        .containsEntry("exitCode", "0")
        .containsEntry("command", String.join(" ", DISK))
        .doesNotContainKeys("output", "stderr", "truncated", "perfdataProblems");
    assertThat(verdict.measurements())
        .containsExactly(
            new Measurement(
                "/",
                11204,
                "MB",
                "16364",
                "18410",
                OptionalDouble.of(0),
                OptionalDouble.of(20456)));
  }

  @Test
  void aWarningFailsWithCodeOneUnlessWarningIsPassed() {
    FakeCommandProbe warning = FakeCommandProbe.exiting(1, "DISK WARNING - free space: / 15%\n");

    CheckVerdict strict = run(check, warning);
    CheckVerdict lenient =
        run(check(entry("DiskSpaceCheck", DISK, "warningIs", "passed")), warning);

    assertThat(strict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(strict.errorCode()).isEqualTo(1);
    assertThat(strict.message()).isEqualTo("DISK WARNING - free space: / 15%");
    assertThat(lenient.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(lenient.message()).isEqualTo("DISK WARNING - free space: / 15%");
  }

  @Test
  void aCriticalFailsWithCodeTwo() {
    CheckVerdict verdict =
        run(
            check,
            FakeCommandProbe.exiting(
                2, "connect to address 127.0.0.1 and port 1: Connection refused\n"));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(2);
    assertThat(verdict.message())
        .isEqualTo("connect to address 127.0.0.1 and port 1: Connection refused");
  }

  @Test
  void unknownAndUnexpectedExitCodesAreUndetermined() {
    CheckVerdict unknown = run(check, FakeCommandProbe.exiting(3, "DISK UNKNOWN - bad option\n"));
    CheckVerdict odd = run(check, FakeCommandProbe.exiting(127, "env: missing thing\n"));

    assertThat(unknown.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(unknown.message()).isEqualTo("DISK UNKNOWN - bad option");
    assertThat(odd.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(odd.message()).isEqualTo("exit code 127: env: missing thing");
    assertThat(odd.details()).containsEntry("exitCode", "127");
  }

  @Test
  void withoutOutputTheMessageNamesTheExitCode() {
    assertThat(run(check, FakeCommandProbe.exiting(2, "")).message())
        .isEqualTo("no output; exit code 2");
    assertThat(run(check, FakeCommandProbe.exiting(0, "  | time=1s\n")).message())
        .isEqualTo("no output; exit code 0");
  }

  @Test
  void aSignalATimeoutAndAStartFailureAreUndetermined() {
    CheckVerdict signalled =
        run(check, FakeCommandProbe.ending(OptionalInt.of(9), false, Optional.empty(), "half\n"));
    CheckVerdict timedOut =
        run(check, FakeCommandProbe.ending(OptionalInt.empty(), true, Optional.empty(), "start\n"));
    CheckVerdict missing =
        run(
            check,
            FakeCommandProbe.ending(
                OptionalInt.empty(), false, Optional.of("no such program: check_x"), ""));

    assertThat(signalled.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(signalled.message()).isEqualTo("ended by signal 9: half");
    assertThat(signalled.details()).containsEntry("signal", "9");
    assertThat(timedOut.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(timedOut.message()).isEqualTo("timed out after 10s; the process tree was killed");
    assertThat(missing.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(missing.message()).isEqualTo("no such program: check_x");
    assertThat(missing.details()).containsOnlyKeys("command");
  }

  @Test
  void laterLinesAreTheOutputDetailAndTheirPerfDataCounts() {
    String output =
        String.join(
            "\n",
            "PROCS OK: 3 processes | procs=3;;;0;",
            "pid 12 sleep",
            "pid 13 sleep | 'rss total'=2048KB;;;0;",
            "threads=7;10;20",
            "");

    CheckVerdict verdict = run(check, FakeCommandProbe.exiting(0, output, "note on stderr\n"));

    assertThat(verdict.message()).isEqualTo("PROCS OK: 3 processes");
    assertThat(verdict.details())
        .containsEntry("output", "pid 12 sleep\npid 13 sleep")
        .containsEntry("stderr", "note on stderr");
    assertThat(verdict.measurements())
        .extracting(Measurement::label)
        .containsExactly("procs", "rss total", "threads");
  }

  @Test
  void notesCutOutputAndMalformedPerfData() {
    CommandRun cut =
        new CommandRun(
            OptionalInt.of(0),
            OptionalInt.empty(),
            false,
            Optional.empty(),
            "OK | good=1 bad==x\n",
            1000,
            "",
            20,
            Duration.ZERO);

    CheckVerdict verdict = run(check, new FakeCommandProbe(cut));

    assertThat(verdict.details())
        .containsEntry("truncated", "output cut: 1000 bytes dropped; stderr cut: 20 bytes dropped")
        .containsEntry("perfdataProblems", "'bad==x' has no number for its value");
    assertThat(verdict.measurements()).extracting(Measurement::label).containsExactly("good");
  }

  @Test
  void asksTheProbeForTheConfiguredCommand() {
    CommandCheck configured =
        check(
            entry(
                "PgCheck",
                List.of("check_pgsql", "-H", "db"),
                "timeout",
                "3s",
                "workingDirectory",
                "/var/tmp",
                "environment",
                Map.of("PGUSER", "monitor")));
    FakeCommandProbe probe = FakeCommandProbe.exiting(0, "OK\n");

    run(configured, probe);

    CommandRequest request = probe.requests.get(0);
    assertThat(request.command()).containsExactly("check_pgsql", "-H", "db");
    assertThat(request.environment()).containsExactly(Map.entry("PGUSER", "monitor"));
    assertThat(request.workingDirectory()).contains(Path.of("/var/tmp"));
    assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(request.maxOutputBytes()).isEqualTo(4096);
  }

  @Test
  void aNearerHostDeadlineShortensTheCommandsTimeout() {
    FakeCommandProbe probe =
        FakeCommandProbe.ending(OptionalInt.empty(), true, Optional.empty(), "");

    // a stopped clock: the 5 s left do not shrink however slowly the run starts
    CheckVerdict verdict =
        check.run(
            SimpleCheckContext.forCheck("DiskSpaceCheck")
                .clock(Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC))
                .timeout(Duration.ofSeconds(5))
                .probe(CommandProbe.class, probe)
                .build());

    Duration asked = probe.requests.get(0).timeout();
    assertThat(asked).as("the 5 s left less 2 s to kill and read").isEqualTo(Duration.ofSeconds(3));
    assertThat(verdict.message())
        .startsWith("timed out after ")
        .endsWith("; the process tree was killed");
  }
}
