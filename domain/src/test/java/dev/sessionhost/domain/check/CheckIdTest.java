package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which check ids are accepted. */
class CheckIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"SxSStackListenerCheck", "my-plugin.disk_space", "a", "X1"})
  void acceptsALetterFollowedByLettersDigitsAndSeparators(String value) {
    assertThat(CheckId.of(value).value()).isEqualTo(value);
    assertThat(CheckId.of(value)).hasToString(value);
  }

  @Test
  void acceptsUpToOneHundredTwentyEightCharacters() {
    assertThat(CheckId.of("a".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> CheckId.of("a".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1check",
        "-check",
        "_check",
        "has space",
        "check/evil",
        "naïve",
        "a\n",
        "a:b",
        "Z[",
        "a`",
        "@a",
        "a/"
      })
  void rejectsAnythingElseQuotingIt(String value) {
    assertThatThrownBy(() -> CheckId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + value + "'");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> CheckId.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void idsWithTheSameValueAreEqualAndSortByValue() {
    assertThat(CheckId.of("Beta")).isEqualTo(CheckId.of("Beta"));
    assertThat(CheckId.of("Alpha")).isLessThan(CheckId.of("Beta"));
  }
}
