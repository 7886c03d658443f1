package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bounds of the consecutive-result thresholds. */
class ThresholdsTest {

  @Test
  void theDefaultCountsEveryResultAtOnce() {
    assertThat(Thresholds.IMMEDIATE).isEqualTo(new Thresholds(1, 1));
  }

  @Test
  void acceptsOneToOneHundred() {
    assertThat(new Thresholds(100, 100).failuresBeforeFailing()).isEqualTo(100);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 1, failuresBeforeFailing",
    "101, 1, failuresBeforeFailing",
    "1, 0, successesBeforePassing",
    "1, 101, successesBeforePassing"
  })
  void rejectsValuesOutsideOneToOneHundredNamingTheField(
      int failures, int successes, String field) {
    assertThatThrownBy(() -> new Thresholds(failures, successes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
  }
}
