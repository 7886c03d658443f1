package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

  @Test
  void readsTheShortFormsTheirSumsAndIso() {
    assertThat(DurationText.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(DurationText.parse("10s")).contains(Duration.ofSeconds(10));
    assertThat(DurationText.parse("2m")).contains(Duration.ofMinutes(2));
    assertThat(DurationText.parse("1h")).contains(Duration.ofHours(1));
    assertThat(DurationText.parse("1d")).contains(Duration.ofDays(1));
    assertThat(DurationText.parse("1m30s")).contains(Duration.ofSeconds(90));
    assertThat(DurationText.parse(" 1m 30S ")).contains(Duration.ofSeconds(90));
    assertThat(DurationText.parse("3 s")).contains(Duration.ofSeconds(3));
    assertThat(DurationText.parse("PT10S")).contains(Duration.ofSeconds(10));
    assertThat(DurationText.parse("pt10s")).contains(Duration.ofSeconds(10));
    assertThat(DurationText.parse("0s")).contains(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "10",
        "30 seconds",
        "3sec",
        "-3s",
        "PT-3S",
        "P",
        "1.5s",
        "99999999999999999999h"
      })
  void rejectsWhatHasNoUnitIsNegativeOrIsNoDuration(String text) {
    assertThat(DurationText.parse(text)).isEmpty();
  }

  @Test
  void writesWhatItReadsBackInTheLargestUnitsFirst() {
    assertThat(DurationText.format(Duration.ofSeconds(10))).isEqualTo("10s");
    assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
    assertThat(DurationText.format(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(DurationText.format(Duration.ofHours(1))).isEqualTo("1h");
    assertThat(DurationText.format(Duration.ofHours(25))).isEqualTo("1d1h");
    assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    for (Duration each :
        new Duration[] {
          Duration.ofMillis(1), Duration.ofMillis(61_001), Duration.ofDays(27), Duration.ofHours(49)
        }) {
      assertThat(DurationText.parse(DurationText.format(each))).contains(each);
    }
  }
}
