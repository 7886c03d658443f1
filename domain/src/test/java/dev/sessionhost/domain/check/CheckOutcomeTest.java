package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outcomes of a check run, as the API's {@code healthCheckResult}. */
class CheckOutcomeTest {

  @ParameterizedTest
  @CsvSource({
    "UNKNOWN, Unknown, 0",
    "SUCCEEDED, HealthCheckSucceeded, 1",
    "FAILED, HealthCheckFailed, 2",
    "SESSION_HOST_SHUTDOWN, SessionHostShutdown, 3"
  })
  void eachOutcomeHasItsWireNameAndCode(CheckOutcome outcome, String wireName, int code) {
    assertThat(outcome.wireName()).isEqualTo(wireName);
    assertThat(outcome.code()).isEqualTo(code);
  }

  @Test
  void failedAndUnknownCountAsFailingSoTheAgentFailsClosed() {
    assertThat(Arrays.stream(CheckOutcome.values()).filter(CheckOutcome::countsAsFailing))
        .containsExactlyInAnyOrder(CheckOutcome.FAILED, CheckOutcome.UNKNOWN);
  }
}
