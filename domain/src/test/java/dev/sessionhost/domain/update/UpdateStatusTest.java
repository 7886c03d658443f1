package dev.sessionhost.domain.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state of the agent's latest component upgrade. */
class UpdateStatusTest {

  private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void nothingWasEverUpgradedAtFirst() {
    assertThat(UpdateStatus.INITIAL.state()).isEqualTo(UpdateState.INITIAL);
    assertThat(UpdateStatus.INITIAL.lastUpdateTime()).isEmpty();
  }

  @Test
  void eachStageRecordsWhenItWasReached() {
    assertThat(UpdateStatus.pending(AT).state()).isEqualTo(UpdateState.PENDING);
    assertThat(UpdateStatus.started(AT).state()).isEqualTo(UpdateState.STARTED);
    assertThat(UpdateStatus.succeeded(AT).lastUpdateTime()).contains(AT);
    assertThat(UpdateStatus.failed("disk full", AT))
        .isEqualTo(new UpdateStatus(UpdateState.FAILED, "disk full", Optional.of(AT)));
  }

  @Test
  void aFailedUpgradeNeedsAnErrorMessage() {
    assertThatThrownBy(() -> UpdateStatus.failed(" ", AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "INITIAL, Initial",
    "PENDING, Pending",
    "STARTED, Started",
    "SUCCEEDED, Succeeded",
    "FAILED, Failed"
  })
  void eachStateHasTheApiWireName(UpdateState state, String wireName) {
    assertThat(state.wireName()).isEqualTo(wireName);
  }
}
