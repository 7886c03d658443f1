package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ServiceState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxServiceProbeTest {

  private static final String SHOW =
      "systemctl show azuremonitoragent"
          + " --property=LoadState,ActiveState,SubState,UnitFileState --no-pager";

  @TempDir Path root;
  private Path proc;
  private FakeRunner runner;
  private LinuxServiceProbe probe;

  @BeforeEach
  void setUp() throws IOException {
    proc = Files.createDirectories(root.resolve("proc"));
    runner = new FakeRunner();
    probe =
        new LinuxServiceProbe(LinuxEnvironmentOptions.rootedAt(proc, root.resolve("etc")), runner);
  }

  @Test
  void anActiveUnitIsInstalledAndActiveWithTheCommandAsSource() {
    runner.prints(SHOW, Recorded.text("systemctl-show-active.txt"));

    ServiceState state = probe.service("azuremonitoragent");

    assertThat(state.installed()).isTrue();
    assertThat(state.active()).isTrue();
    assertThat(state.source()).isEqualTo(SHOW);
  }

  @Test
  void aFailedUnitIsInstalledButNotActive() {
    runner.prints(SHOW, Recorded.text("systemctl-show-failed.txt"));

    ServiceState state = probe.service("azuremonitoragent");

    assertThat(state.installed()).isTrue();
    assertThat(state.active()).isFalse();
    assertThat(state.detail()).startsWith("ActiveState=failed SubState=failed");
  }

  @Test
  void anInactiveUnitIsNotActive() {
    runner.prints(SHOW, Recorded.text("systemctl-show-inactive.txt"));

    assertThat(probe.service("azuremonitoragent").active()).isFalse();
  }

  @Test
  void anUnknownUnitIsNotInstalled() {
    runner.prints(SHOW, Recorded.text("systemctl-show-not-found.txt"));

    ServiceState state = probe.service("azuremonitoragent");

    assertThat(state.installed()).isFalse();
    assertThat(state.detail()).isEqualTo("LoadState=not-found");
  }

  @Test
  void withoutSystemdARunningProcessOfThatNameCountsAsActive() throws IOException {
    runner.answers(SHOW, 1, "", Recorded.text("systemctl-no-systemd.txt"));
    // the kernel cuts comm to 15 characters
    comm(4711, "azuremonitorage");

    ServiceState state = probe.service("azuremonitoragent");

    assertThat(state.installed()).isTrue();
    assertThat(state.active()).isTrue();
    assertThat(state.source()).isEqualTo("process table " + proc + "/*/comm");
    assertThat(state.detail())
        .startsWith("systemd is not running (System has not been booted with systemd")
        .endsWith("azuremonitoragent runs as pid 4711");
  }

  @Test
  void withoutSystemctlAndWithoutTheProcessTheServiceIsNotInstalled() throws IOException {
    comm(1, "init");

    ServiceState state = probe.service("azuremonitoragent.service");

    assertThat(state.installed()).isFalse();
    assertThat(state.detail())
        .isEqualTo("systemctl is not installed; no process named azuremonitoragent");
  }

  @Test
  void anUnexpectedSystemctlFailureCannotBeAnswered() {
    runner.answers(SHOW, 1, "", "Failed to parse bus message: Invalid argument");

    assertThatThrownBy(() -> probe.service("azuremonitoragent"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("Failed to parse bus message");
  }

  @Test
  void aNameThatLooksLikeAnOptionIsRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> probe.service("--all"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("not a valid service name");
    assertThat(runner.calls()).isEmpty();
  }

  private void comm(long pid, String name) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(String.valueOf(pid)));
    Files.writeString(dir.resolve("comm"), name + "\n");
  }
}
