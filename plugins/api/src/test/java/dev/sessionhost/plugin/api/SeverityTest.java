package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one vocabulary of failure effects: the effect names, with the Azure names as aliases. */
class SeverityTest {

  @ParameterizedTest
  @CsvSource({
    "UNAVAILABLE, FATAL",
    "unavailable, FATAL",
    "needs_assistance, NON_FATAL",
    "needs-assistance, NON_FATAL",
    "'  None ', INFORMATIONAL",
    "Unhealthy, FATAL",
    "NeedsAssistance, NON_FATAL",
    "DoNotFail, INFORMATIONAL",
    "do_not_fail, INFORMATIONAL"
  })
  void readsTheEffectNamesInAnyCaseAndTheAzureAliases(String text, Severity expected) {
    assertThat(Severity.ofFailureEffect(text)).isEqualTo(expected);
  }

  @Test
  void eachSeverityIsWrittenByItsEffectOnTheHost() {
    assertThat(Severity.FATAL.failureEffect()).isEqualTo("UNAVAILABLE");
    assertThat(Severity.NON_FATAL.failureEffect()).isEqualTo("NEEDS_ASSISTANCE");
    assertThat(Severity.INFORMATIONAL.failureEffect()).isEqualTo("NONE");
    for (Severity severity : Severity.values()) {
      assertThat(Severity.ofFailureEffect(severity.failureEffect())).isEqualTo(severity);
      assertThat(Severity.ofFailureEffect(severity.azureName())).isEqualTo(severity);
      assertThat(Severity.FAILURE_EFFECTS).contains(severity.failureEffect(), severity.azureName());
    }
  }

  @Test
  void theSeverityNamesAreNotAThirdVocabulary() {
    assertThatThrownBy(() -> Severity.ofFailureEffect("fatal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown failure effect 'fatal': expected UNAVAILABLE, NEEDS_ASSISTANCE or NONE"
                + " (or Unhealthy, NeedsAssistance, DoNotFail)");
  }

  @Test
  void aCheckReadsAnEffectFromItsSettingsWithTheSameWordsAsTheHost() {
    CheckSettings settings =
        CheckSettings.of("AppAttachHealthCheck", Map.of("a", "DoNotFail", "b", "Loud"));

    assertThat(settings.failureEffect("a", Severity.FATAL)).isEqualTo(Severity.INFORMATIONAL);
    assertThat(settings.failureEffect("missing", Severity.NON_FATAL)).isEqualTo(Severity.NON_FATAL);
    assertThatThrownBy(() -> settings.failureEffect("b", Severity.NON_FATAL))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'b'")
        .hasMessageContaining("AppAttachHealthCheck")
        .hasMessageContaining(Severity.FAILURE_EFFECTS)
        .hasMessageContaining("Loud");
  }
}
