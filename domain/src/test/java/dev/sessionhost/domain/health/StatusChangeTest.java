package dev.sessionhost.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A move from one status to another. */
class StatusChangeTest {

  private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void aChangeNeedsTwoDifferentStatuses() {
    assertThatThrownBy(
            () ->
                new StatusChange(
                    SessionHostStatus.AVAILABLE, SessionHostStatus.AVAILABLE, AT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AVAILABLE");
  }

  @Test
  void theReasonsAreACopy() {
    List<StatusReason> reasons = new ArrayList<>();
    StatusChange change =
        new StatusChange(SessionHostStatus.AVAILABLE, SessionHostStatus.SHUTDOWN, AT, reasons);
    reasons.add(new AgentCondition(AgentCondition.Kind.SHUTTING_DOWN, "bye", "start it"));

    assertThat(change.reasons()).isEmpty();
  }
}
