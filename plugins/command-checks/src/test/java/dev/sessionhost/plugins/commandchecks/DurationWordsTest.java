package dev.sessionhost.plugins.commandchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationWordsTest {

  @Test
  void writesDurationsAsConfigurationDoes() {
    assertThat(DurationWords.of(Duration.ofSeconds(10))).isEqualTo("10s");
    assertThat(DurationWords.of(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(DurationWords.of(Duration.ofMillis(1500))).isEqualTo("1s500ms");
    assertThat(DurationWords.of(Duration.ofHours(1))).isEqualTo("1h");
    assertThat(DurationWords.of(Duration.ZERO)).isEqualTo("0s");
  }
}
