package dev.sessionhost.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one snapshot of a host's health follows another. */
class HostHealthTest {

  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(30);
  private static final Instant T2 = T0.plusSeconds(60);
  private static final StatusReason NOT_RUN =
      new AgentCondition(AgentCondition.Kind.NOT_RUN_YET, "not yet", "wait");

  private static StatusDecision decision(SessionHostStatus status, StatusReason... reasons) {
    return new StatusDecision(status, List.of(reasons), List.of());
  }

  private final HostHealth first =
      HostHealth.first(
          "host-1", decision(SessionHostStatus.UNAVAILABLE, NOT_RUN), UpdateStatus.INITIAL, T0);

  @Test
  void theFirstSnapshotsStatusStartsWhenItIsAssessed() {
    assertThat(first.statusTimestamp()).isEqualTo(T0);
    assertThat(first.assessedAt()).isEqualTo(T0);
    assertThat(first.reasons()).containsExactly(NOT_RUN);
  }

  @Test
  void theStatusTimestampStaysWhileTheStatusStays() {
    HostHealth next =
        HostHealth.after(
            first, decision(SessionHostStatus.UNAVAILABLE, NOT_RUN), UpdateStatus.INITIAL, T1);

    assertThat(next.statusTimestamp()).isEqualTo(T0);
    assertThat(next.assessedAt()).isEqualTo(T1);
    assertThat(next.changeFrom(first)).isEmpty();
  }

  @Test
  void theStatusTimestampMovesWhenTheStatusChanges() {
    HostHealth available =
        HostHealth.after(first, decision(SessionHostStatus.AVAILABLE), UpdateStatus.INITIAL, T1);
    HostHealth stillAvailable =
        HostHealth.after(
            available, decision(SessionHostStatus.AVAILABLE), UpdateStatus.INITIAL, T2);

    assertThat(available.statusTimestamp()).isEqualTo(T1);
    assertThat(stillAvailable.statusTimestamp()).isEqualTo(T1);
    assertThat(stillAvailable.hostName()).isEqualTo("host-1");
  }

  @Test
  void aChangeSaysFromWhereToWhereWhenAndWhy() {
    StatusReason upgrading = new AgentCondition(AgentCondition.Kind.UPGRADING, "up", "wait");
    HostHealth next =
        HostHealth.after(
            first, decision(SessionHostStatus.UPGRADING, upgrading), UpdateStatus.started(T1), T1);

    assertThat(next.changeFrom(first))
        .contains(
            new StatusChange(
                SessionHostStatus.UNAVAILABLE,
                SessionHostStatus.UPGRADING,
                T1,
                List.of(upgrading)));
    assertThat(next.update()).isEqualTo(UpdateStatus.started(T1));
  }
}
