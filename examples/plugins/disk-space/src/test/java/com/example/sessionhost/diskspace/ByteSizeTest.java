package com.example.sessionhost.diskspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

  @ParameterizedTest
  @CsvSource({
    "5GiB, 5368709120",
    "5 gib, 5368709120",
    "0.5KiB, 512",
    "1.5TB, 1500000000000",
    "500MB, 500000000",
    "7 B, 7",
    "1.0000001 KB, 1001",
  })
  void parsesANumberWithAUnitRoundingUp(String text, long bytes) {
    assertThat(ByteSize.parse(text)).hasValue(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "GiB", "5 parsecs", "-5GiB", "5 GiB free", "99999999TiB", ""})
  void refusesAnythingElse(String text) {
    assertThat(ByteSize.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0 B",
    "1023, 1023 B",
    "1024, 1 KiB",
    "1536, 1.5 KiB",
    "42949672960, 40 GiB",
    "1099511627775, 1023.9 GiB",
    "9223372036854775807, 8191.9 PiB",
  })
  void writesTheLargestBinaryUnitRoundingDown(long bytes, String text) {
    assertThat(ByteSize.format(bytes)).isEqualTo(text);
  }
}
