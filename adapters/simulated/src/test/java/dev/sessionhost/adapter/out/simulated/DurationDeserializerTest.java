package dev.sessionhost.adapter.out.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationDeserializerTest {

  @Test
  void readsTheUnitsOperatorsWrite() {
    assertThat(DurationDeserializer.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationDeserializer.parse("3s")).isEqualTo(Duration.ofSeconds(3));
    assertThat(DurationDeserializer.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationDeserializer.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationDeserializer.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void rejectsTextThatIsNotADuration() {
    assertThat(DurationDeserializer.parse("")).isNull();
    assertThat(DurationDeserializer.parse("3")).isNull();
    assertThat(DurationDeserializer.parse("3 s")).isNull();
    assertThat(DurationDeserializer.parse("3sec")).isNull();
    assertThat(DurationDeserializer.parse("-3s")).isNull();
  }

  @Test
  void writesDurationsInTheSameNotation() {
    assertThat(DurationDeserializer.format(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(DurationDeserializer.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(DurationDeserializer.format(Duration.ofHours(1))).isEqualTo("1h");
    assertThat(DurationDeserializer.format(Duration.ZERO)).isEqualTo("0ms");
  }
}
