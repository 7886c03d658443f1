package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What a measurement accepts and keeps. */
class MeasurementTest {

  @Test
  void ofGivesAValueWithAUnitAndNoRangesOrBounds() {
    Measurement used = Measurement.of("/", 81.5, "%");

    assertThat(used.label()).isEqualTo("/");
    assertThat(used.value()).isEqualTo(81.5);
    assertThat(used.unit()).isEqualTo("%");
    assertThat(used.warn()).isEmpty();
    assertThat(used.crit()).isEmpty();
    assertThat(used.min()).isEmpty();
    assertThat(used.max()).isEmpty();
  }

  @Test
  void missingTextsAndBoundsBecomeEmpty() {
    Measurement plain = new Measurement("users", 3, null, null, null, null, null);

    assertThat(plain.unit()).isEmpty();
    assertThat(plain.warn()).isEmpty();
    assertThat(plain.crit()).isEmpty();
    assertThat(plain.min()).isEqualTo(OptionalDouble.empty());
    assertThat(plain.max()).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void anEmptyLabelOrOneWithControlCharactersIsRejected() {
    assertThatThrownBy(() -> Measurement.of("", 1, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("printable label");
    assertThatThrownBy(() -> Measurement.of("a\nb", 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Measurement.of(null, 1, "")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aValueThatIsNotANumberIsRejected() {
    assertThatThrownBy(() -> Measurement.of("time", Double.NaN, "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time");
  }

  @Test
  void aHugeLabelIsCutToTheTextLimit() {
    Measurement chatty = Measurement.of("l".repeat(10_000), 1, "u".repeat(10_000));

    assertThat(chatty.label().getBytes(StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(Measurement.MAX_TEXT_BYTES);
    assertThat(chatty.label()).contains("10000 bytes");
    assertThat(chatty.unit().getBytes(StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(Measurement.MAX_TEXT_BYTES);
  }
}
