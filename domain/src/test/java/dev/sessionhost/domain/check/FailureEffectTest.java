package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.status.SessionHostStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a failing check does to its host, and how configuration names it. */
class FailureEffectTest {

  @Test
  void eachEffectLeadsToItsStatusAndReportOnlyToNone() {
    assertThat(FailureEffect.UNAVAILABLE.status()).contains(SessionHostStatus.UNAVAILABLE);
    assertThat(FailureEffect.NEEDS_ASSISTANCE.status())
        .contains(SessionHostStatus.NEEDS_ASSISTANCE);
    assertThat(FailureEffect.NONE.status()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "UNAVAILABLE, UNAVAILABLE",
    "unavailable, UNAVAILABLE",
    "needs_assistance, NEEDS_ASSISTANCE",
    "needs-assistance, NEEDS_ASSISTANCE",
    "'  None ', NONE",
    "Unhealthy, UNAVAILABLE",
    "NeedsAssistance, NEEDS_ASSISTANCE",
    "DoNotFail, NONE",
    "donotfail, NONE"
  })
  void parsesEnumNamesInAnyCaseAndTheAppAttachNames(String text, FailureEffect expected) {
    assertThat(FailureEffect.parse(text)).isEqualTo(expected);
  }

  @Test
  void anUnknownEffectIsRejectedNamingTheAcceptedValues() {
    assertThatThrownBy(() -> FailureEffect.parse("fatal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fatal'")
        .hasMessageContaining("NEEDS_ASSISTANCE")
        .hasMessageContaining("DoNotFail");
  }
}
