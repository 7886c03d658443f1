package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MapCheckSettingsDurationTest {

  private static Duration read(Object value) {
    return CheckSettings.of("C", Map.of("timeout", value)).duration("timeout", Duration.ZERO);
  }

  @ParameterizedTest
  @CsvSource({
    "500ms, PT0.5S",
    "10s, PT10S",
    "2m, PT2M",
    "1h, PT1H",
    "1d, PT24H",
    "1m30s, PT1M30S",
    "1h 5m, PT1H5M",
    "10 s, PT10S",
    "10S, PT10S",
    "0s, PT0S",
    "PT10S, PT10S",
    "pt1m, PT1M",
    "P1DT1H, PT25H"
  })
  void readsUnitsCombinationsAndIso8601(String text, String expected) {
    assertThat(read(text)).isEqualTo(Duration.parse(expected));
  }

  @Test
  void acceptsADurationObject() {
    assertThat(read(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void missingYieldsTheDefault() {
    assertThat(CheckSettings.of("C", Map.of()).duration("timeout", Duration.ofSeconds(10)))
        .isEqualTo(Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10",
        "ten seconds",
        "10sec",
        "s",
        "",
        "PT-5S",
        "-5s",
        "1.5s",
        "99999999999999999999s"
      })
  void rejectsTextThatIsNotANonNegativeDuration(String text) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(SettingException.class)
        .hasMessage(
            "setting 'timeout' of C: expected a non-negative duration such as 500ms, 10s, 2m, 1h or"
                + " PT10S, found \""
                + text
                + "\"");
  }

  @Test
  void rejectsABareNumberBecauseItsUnitWouldBeAGuess() {
    assertThatThrownBy(() -> read(10))
        .isInstanceOf(SettingException.class)
        .hasMessageEndingWith("found 10");
  }
}
