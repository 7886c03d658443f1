package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckVerdictTest {

  @Test
  void passedHasErrorCodeZeroAndNoDetails() {
    CheckVerdict verdict = CheckVerdict.passed("listening on 3389");

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.errorCode()).isZero();
    assertThat(verdict.message()).isEqualTo("listening on 3389");
    assertThat(verdict.details()).isEmpty();
    assertThat(verdict.severityOverride()).isEmpty();
  }

  @Test
  void failedKeepsItsCodeMessageAndDetailsInOrder() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("port", "3389");
    details.put("source", "/proc/net/tcp");
    details.put("address", "0.0.0.0");

    CheckVerdict verdict = CheckVerdict.failed(7, "nothing listens", details);

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(7);
    assertThat(verdict.details())
        .containsExactly(
            Map.entry("port", "3389"),
            Map.entry("source", "/proc/net/tcp"),
            Map.entry("address", "0.0.0.0"));
  }

  @Test
  void failedRejectsErrorCodeZeroBecauseItMeansSuccess() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckVerdict.failed(0, "broken"))
        .withMessage("a failed verdict needs a non-zero error code (0 means success), found 0");
  }

  @Test
  void failedAndUndeterminedNeedAMessageSayingWhy() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckVerdict.failed(1, " "))
        .withMessageStartingWith("a failed verdict needs a message");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckVerdict.undetermined(null))
        .withMessage("an undetermined verdict needs a message saying why, found nothing");
  }

  @Test
  void undeterminedCarriesTheReasonAndNoErrorCode() {
    CheckVerdict verdict = CheckVerdict.undetermined("realm list failed");

    assertThat(verdict.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(verdict.errorCode()).isZero();
    assertThat(verdict.message()).isEqualTo("realm list failed");
  }

  @Test
  void detailsAreACopyThatCannotChange() {
    Map<String, String> details = new HashMap<>(Map.of("k", "v"));
    CheckVerdict verdict = CheckVerdict.passed("ok", details);

    details.put("later", "x");

    assertThat(verdict.details()).containsOnlyKeys("k");
    assertThatThrownBy(() -> verdict.details().put("k", "w"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void detailsRejectNullsNamingTheEntry() {
    Map<String, String> details = new HashMap<>();
    details.put("k", null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckVerdict.failed(1, "x", details))
        .withMessageContaining("k=null");
  }

  @Test
  void aFailedVerdictCanCarryTheSeverityOfItsWorstItem() {
    CheckVerdict plain = CheckVerdict.failed(3, "package app1 missing");

    CheckVerdict severe = plain.withSeverity(Severity.FATAL);

    assertThat(severe.severityOverride()).contains(Severity.FATAL);
    assertThat(severe.message()).isEqualTo(plain.message());
    assertThat(plain.severityOverride()).as("the original is unchanged").isEmpty();
    assertThat(severe).isNotEqualTo(plain);
  }

  @Test
  void onlyAFailedVerdictCarriesASeverity() {
    assertThatIllegalStateException()
        .isThrownBy(() -> CheckVerdict.passed("ok").withSeverity(Severity.FATAL))
        .withMessageContaining("only a failed verdict");
    assertThatIllegalStateException()
        .isThrownBy(() -> CheckVerdict.undetermined("?").withSeverity(Severity.NON_FATAL));
  }

  @Test
  void verdictsWithTheSameContentAreEqual() {
    assertThat(CheckVerdict.failed(2, "m", Map.of("a", "b")))
        .isEqualTo(CheckVerdict.failed(2, "m", Map.of("a", "b")))
        .hasSameHashCodeAs(CheckVerdict.failed(2, "m", Map.of("a", "b")))
        .isNotEqualTo(CheckVerdict.failed(3, "m", Map.of("a", "b")));
    assertThat(CheckVerdict.failed(2, "m").toString()).contains("FAILED", "2", "m");
  }
}
