package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemctlShowTest {

  @Test
  void anActiveUnitIsInstalledAndActive() {
    SystemctlShow show = SystemctlShow.parse(Recorded.text("systemctl-show-active.txt"));

    assertThat(show.installed()).isTrue();
    assertThat(show.active()).isTrue();
    assertThat(show.detail())
        .isEqualTo("ActiveState=active SubState=running UnitFileState=enabled");
  }

  @Test
  void anInactiveUnitIsInstalledButNotActive() {
    SystemctlShow show = SystemctlShow.parse(Recorded.text("systemctl-show-inactive.txt"));

    assertThat(show.installed()).isTrue();
    assertThat(show.active()).isFalse();
    assertThat(show.detail()).startsWith("ActiveState=inactive SubState=dead");
  }

  @Test
  void aFailedUnitSaysSo() {
    SystemctlShow show = SystemctlShow.parse(Recorded.text("systemctl-show-failed.txt"));

    assertThat(show.active()).isFalse();
    assertThat(show.detail()).startsWith("ActiveState=failed SubState=failed");
  }

  @Test
  void anUnknownUnitIsNotInstalled() {
    SystemctlShow show = SystemctlShow.parse(Recorded.text("systemctl-show-not-found.txt"));

    assertThat(show.installed()).isFalse();
    assertThat(show.active()).isFalse();
    assertThat(show.detail()).isEqualTo("LoadState=not-found");
  }

  @Test
  void aMaskedUnitNamesItsLoadState() {
    SystemctlShow show =
        SystemctlShow.parse("LoadState=masked\nActiveState=inactive\nSubState=dead\n");

    assertThat(show.installed()).isTrue();
    assertThat(show.detail()).isEqualTo("LoadState=masked ActiveState=inactive SubState=dead");
  }
}
