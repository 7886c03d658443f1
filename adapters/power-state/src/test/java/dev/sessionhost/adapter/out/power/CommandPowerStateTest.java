package dev.sessionhost.adapter.out.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command source with real scripts: what each prints, fails or hangs becomes. */
class CommandPowerStateTest {

  private static final SessionHostKey WEB = new SessionHostKey("default", "web-1");
  private static final SessionHostKey DB = new SessionHostKey("default", "db-1");
  private static final SessionHostKey ODD = new SessionHostKey("default", "odd-1");

  @TempDir Path work;

  private final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");

  private Path script(String name, String body) throws IOException {
    Path file = work.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  private CommandPowerState source(Path program, Duration timeout) {
    return new CommandPowerState(
        List.of(program.toString(), "--domain"), timeout, Duration.ofSeconds(30), 4, clock);
  }

  @Test
  void theHostsNameIsTheLastArgumentAndEachWordItsState() throws Exception {
    Path states =
        script(
            "domstate.sh",
            "echo \"$@\" >> "
                + work.resolve("calls")
                + "\n"
                + "case \"$2\" in web-1) echo running;; db-1) printf 'Deallocated\\n\\n';;"
                + " *) echo 'shut off';; esac");
    try (CommandPowerState source = source(states, Duration.ofSeconds(10))) {
      Map<SessionHostKey, PowerState> found = source.powerStates(List.of(WEB, DB, ODD));

      assertThat(found)
          .containsEntry(WEB, PowerState.RUNNING)
          .containsEntry(DB, PowerState.DEALLOCATED)
          .as("a word that is not a power state")
          .containsEntry(ODD, PowerState.UNKNOWN);
      assertThat(Files.readAllLines(work.resolve("calls")))
          .containsExactlyInAnyOrder("--domain web-1", "--domain db-1", "--domain odd-1");
    }
  }

  @Test
  void answersAreKeptUntilTheirTimeIsUp() throws Exception {
    Path calls = work.resolve("calls");
    Path states = script("count.sh", "echo x >> " + calls + "\necho stopped");
    try (CommandPowerState source = source(states, Duration.ofSeconds(10))) {
      assertThat(source.powerState(WEB)).isEqualTo(PowerState.STOPPED);
      clock.advance(Duration.ofSeconds(29));
      assertThat(source.powerState(WEB)).isEqualTo(PowerState.STOPPED);
      assertThat(Files.readAllLines(calls)).as("asked once within 30 s").hasSize(1);

      clock.advance(Duration.ofSeconds(2));
      assertThat(source.powerState(WEB)).isEqualTo(PowerState.STOPPED);
      assertThat(Files.readAllLines(calls)).as("asked again after 30 s").hasSize(2);
    }
  }

  @Test
  void aFailingOrMissingCommandIsUnknown() throws Exception {
    Path failing = script("failing.sh", "echo running\nexit 1");
    try (CommandPowerState source = source(failing, Duration.ofSeconds(10))) {
      assertThat(source.powerState(WEB)).as("a non-zero exit").isEqualTo(PowerState.UNKNOWN);
    }
    try (CommandPowerState source =
        source(work.resolve("no-such-program"), Duration.ofSeconds(10))) {
      assertThat(source.powerState(WEB)).as("a missing program").isEqualTo(PowerState.UNKNOWN);
    }
  }

  @Test
  void aHangingCommandIsStoppedWithItsChildrenAndIsUnknown() throws Exception {
    Path child = work.resolve("child.pid");
    Path hanging = script("hang.sh", "sleep 600 &\necho $! > " + child + "\nwait");
    try (CommandPowerState source = source(hanging, Duration.ofMillis(500))) {
      assertThat(source.powerState(WEB)).isEqualTo(PowerState.UNKNOWN);
    }
    long pid = Long.parseLong(Files.readString(child).strip());
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("the hung command's child %s", pid)
        .isFalse();
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws Exception {
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    String before = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", tmp.toString());
    try (CommandPowerState source =
        source(script("ok.sh", "echo starting"), Duration.ofSeconds(10))) {
      assertThat(source.powerStates(List.of(WEB, DB)))
          .containsEntry(WEB, PowerState.STARTING)
          .containsEntry(DB, PowerState.STARTING);
    } finally {
      System.setProperty("java.io.tmpdir", before);
    }
    try (var left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }
}
