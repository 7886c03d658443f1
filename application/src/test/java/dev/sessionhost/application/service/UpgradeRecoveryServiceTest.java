package dev.sessionhost.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.UpgradeRecovery;
import dev.sessionhost.application.port.out.FakeChecks;
import dev.sessionhost.application.port.out.FakeInstallation;
import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.application.port.out.RecordingUpdateStore;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeRecoveryServiceTest {

  private final MutableClock clock = MutableClock.at("2026-12-07T06:00:00Z");
  private final FakeInstallation folder = new FakeInstallation(new FakeChecks());
  private final RecordingUpdateStore store = new RecordingUpdateStore();

  private HostHealthRecord recordWith(UpdateStatus update) {
    HostHealthRecord record =
        new HostHealthRecord("host-1", BrokerLink.NONE, update, clock.instant());
    record.completeCycle(List.of(), List.of(), List.of(), clock.instant(), clock.instant());
    return record;
  }

  private UpgradeRecovery recover(HostHealthRecord record) {
    return new UpgradeRecoveryService(record, folder, store, clock).recoverInterruptedUpgrade();
  }

  @Test
  void anUpgradeStoppedWhileStartedIsUndoneSavedAsFailedAndShown() {
    HostHealthRecord record = recordWith(UpdateStatus.started(clock.instant()));
    folder.leaveASwapUnfinished();
    clock.advance(java.time.Duration.ofMinutes(1));

    UpgradeRecovery recovery = recover(record);

    assertThat(recovery.previousPluginRestored()).isTrue();
    assertThat(recovery.stateChanged()).isTrue();
    assertThat(recovery.after().state()).isEqualTo(UpdateState.FAILED);
    assertThat(recovery.after().errorMessage()).contains("stopped during the upgrade");
    assertThat(store.saved()).containsExactly(recovery.after());
    assertThat(record.current().update()).isEqualTo(recovery.after());
    assertThat(folder.calls()).containsExactly("finish interrupted swaps after STARTED");
  }

  @Test
  void aSucceededUpgradeIsKeptAndNothingIsSaved() {
    HostHealthRecord record = recordWith(UpdateStatus.succeeded(clock.instant()));
    folder.leaveASwapUnfinished();

    UpgradeRecovery recovery = recover(record);

    assertThat(recovery.previousPluginRestored()).isFalse();
    assertThat(recovery.stateChanged()).isFalse();
    assertThat(store.saved()).isEmpty();
    assertThat(record.current().update().state()).isEqualTo(UpdateState.SUCCEEDED);
  }

  @Test
  void nothingInterruptedChangesNothing() {
    HostHealthRecord record = recordWith(UpdateStatus.INITIAL);

    UpgradeRecovery recovery = recover(record);

    assertThat(recovery.previousPluginRestored()).isFalse();
    assertThat(recovery.after()).isEqualTo(UpdateStatus.INITIAL);
    assertThat(store.saved()).isEmpty();
  }
}
