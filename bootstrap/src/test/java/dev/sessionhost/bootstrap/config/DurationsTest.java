package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void readsTheShortFormsAndIso() {
    assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(Durations.parse("10s")).contains(Duration.ofSeconds(10));
    assertThat(Durations.parse("2m")).contains(Duration.ofMinutes(2));
    assertThat(Durations.parse("1h")).contains(Duration.ofHours(1));
    assertThat(Durations.parse("1m30s")).contains(Duration.ofSeconds(90));
    assertThat(Durations.parse("PT10S")).contains(Duration.ofSeconds(10));
    assertThat(Durations.parse("pt10s")).contains(Duration.ofSeconds(10));
  }

  @Test
  void rejectsWhatHasNoUnitOrIsNotADuration() {
    assertThat(Durations.parse("10")).isEmpty();
    assertThat(Durations.parse("30 seconds")).isEmpty();
    assertThat(Durations.parse("")).isEmpty();
    assertThat(Durations.parse("P")).isEmpty();
    assertThat(Durations.parse("99999999999999999999h")).isEmpty();
  }

  @Test
  void formatsInTheLargestWholeUnit() {
    assertThat(Durations.format(Duration.ofSeconds(1))).isEqualTo("1s");
    assertThat(Durations.format(Duration.ofMinutes(10))).isEqualTo("10m");
    assertThat(Durations.format(Duration.ofDays(1))).isEqualTo("1d");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
  }
}
