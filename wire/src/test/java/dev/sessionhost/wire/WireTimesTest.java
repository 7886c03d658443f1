package dev.sessionhost.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireTimesTest {

  @Test
  void readsEveryInstantAsInstantParseDoesWithEveryFractionLength() {
    Random random = new Random(20261207);
    long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      Instant instant =
          Instant.ofEpochSecond(
              first + Math.floorMod(random.nextLong(), last - first + 1),
              random.nextInt(1_000_000_000));
      String whole = instant.toString();
      assertThat(WireTimes.parse(whole)).isEqualTo(instant);
      // the same second with 0 to 9 fraction digits
      String seconds = instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
      String nanos = String.format("%09d", instant.getNano());
      for (int digits = 0; digits <= 9; digits++) {
        String text =
            digits == 0
                ? seconds
                : seconds.substring(0, seconds.length() - 1)
                    + "."
                    + nanos.substring(0, digits)
                    + "Z";
        assertThat(WireTimes.parse(text)).as(text).isEqualTo(Instant.parse(text));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-29T12:00:00Z",
        "2000-02-29T00:00:00.5Z",
        "1970-01-01T00:00:00Z",
        "+10000-01-01T00:00:00Z",
        "2026-12-07T11:23:47+01:00",
        "2026-12-07T23:59:60Z",
        "2026-12-07T24:00:00Z",
        "2026-12-07T11:23:47.Z",
        "2026-12-31T23:59:59.999999999Z"
      })
  void readsWhatInstantParseAcceptsTheSame(String text) {
    assertThat(WireTimes.parse(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29T12:00:00Z",
        "2026-04-31T12:00:00Z",
        "2026-13-01T12:00:00Z",
        "2026-00-01T12:00:00Z",
        "2026-12-00T12:00:00Z",
        "2026-12-07T11:60:00Z",
        "2026-12-07T11:23:61Z",
        "2026-12-07T11:23:47.1234567890Z",
        "2026-12-07T11:23:47.12a4Z",
        "2026-12-07 11:23:47Z",
        "2026-12-07T11:23:47",
        "2026-1a-07T11:23:47Z",
        "yesterday",
        ""
      })
  void refusesWhatInstantParseRefuses(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> WireTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}
