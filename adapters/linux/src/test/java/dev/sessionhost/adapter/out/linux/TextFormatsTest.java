package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextFormatsTest {

  @Test
  void durationsReadAsMillisecondsOrSeconds() {
    assertThat(Durations.describe(Duration.ofMillis(300))).isEqualTo("300 ms");
    assertThat(Durations.describe(Duration.ofSeconds(2))).isEqualTo("2 s");
    assertThat(Durations.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
  }

  @Test
  void sizesReadInBinaryUnits() {
    assertThat(Sizes.describe(1)).isEqualTo("1 byte");
    assertThat(Sizes.describe(512)).isEqualTo("512 bytes");
    assertThat(Sizes.describe(12L * 1024 * 1024)).isEqualTo("12 MiB");
    assertThat(Sizes.describe(1536L * 1024 * 1024)).isEqualTo("1.5 GiB");
    assertThat(Sizes.describe(10L * 1024)).isEqualTo("10 KiB");
  }
}
