package dev.sessionhost.domain.check;

import static dev.sessionhost.domain.check.CheckResult.MAX_DETAILS;
import static dev.sessionhost.domain.check.CheckResult.MAX_MESSAGE_BYTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a check result keeps of what a check reports. */
class CheckResultTest {

  private static final CheckId ID = CheckId.of("ChattyCheck");
  private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");
  private static final Duration TOOK = Duration.ofMillis(15);
  private static final String MARKER = "[... cut: ";
  private static final String EMOJI = "\uD83D\uDE80"; // a rocket: 4 bytes, two chars

  private static CheckResult failedWith(String message) {
    return CheckResult.failed(ID, 2, message, Map.of(), AT, TOOK);
  }

  private static int utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The part of a capped text before the marker. */
  private static String keptPart(String capped) {
    return capped.substring(0, capped.indexOf(" " + MARKER));
  }

  @Test
  void aShortMessageIsKeptAsItIs() {
    assertThat(failedWith("port 3389 is closed").message()).isEqualTo("port 3389 is closed");
  }

  @Test
  void aMessageOfExactlyTheLimitIsKeptWhole() {
    String message = "x".repeat(MAX_MESSAGE_BYTES - 2) + "é";

    assertThat(utf8Bytes(message)).isEqualTo(MAX_MESSAGE_BYTES);
    assertThat(failedWith(message).message()).isEqualTo(message);
  }

  @Test
  void aMessageOneByteOverTheLimitIsCutAndSaysHowBigItWas() {
    String message = "x".repeat(MAX_MESSAGE_BYTES + 1);

    String kept = failedWith(message).message();

    assertThat(kept).startsWith("xxxx").endsWith(MARKER + "4097 bytes in all]");
    // the longest prefix that fits is kept, so an ASCII text fills the limit exactly
    assertThat(utf8Bytes(kept)).isEqualTo(MAX_MESSAGE_BYTES);
  }

  @Test
  void aMebibyteMessageIsCutToTheLimit() {
    String message = "log line\n".repeat(1024 * 1024 / 9 + 1).substring(0, 1024 * 1024);

    String kept = failedWith(message).message();

    assertThat(utf8Bytes(kept)).isLessThanOrEqualTo(MAX_MESSAGE_BYTES);
    assertThat(kept).contains("1048576 bytes");
    assertThat(message).startsWith(keptPart(kept));
  }

  @Test
  void twoByteCharactersAreNeverSplit() {
    String message = "é".repeat(3000);

    String kept = failedWith(message).message();

    assertThat(utf8Bytes(kept)).isLessThanOrEqualTo(MAX_MESSAGE_BYTES);
    assertThat(kept).contains("6000 bytes");
    assertThat(keptPart(kept)).matches("é+").hasSizeGreaterThan(2000);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void fourByteCharactersAreNeverSplitWhereverTheLimitFalls(int asciiBefore) {
    String message = "a".repeat(asciiBefore) + EMOJI.repeat(2000);

    String kept = keptPart(failedWith(message).message());

    assertThat(kept).startsWith("a".repeat(asciiBefore));
    String emojis = kept.substring(asciiBefore);
    assertThat(emojis.length() % 2).isZero();
    assertThat(emojis.codePoints()).containsOnly(EMOJI.codePointAt(0));
    assertThat(utf8Bytes(kept)).isGreaterThan(MAX_MESSAGE_BYTES - 64);
  }

  @Test
  void aNullMessageBecomesEmpty() {
    assertThat(failedWith(null).message()).isEmpty();
  }

  @Test
  void aSucceededResultWithAnErrorCodeIsRejected() {
    assertThatThrownBy(
            () -> new CheckResult(ID, CheckOutcome.SUCCEEDED, 3, "ok", Map.of(), AT, TOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3");
  }

  @Test
  void atMostSixtyFourDetailsAreKeptAndTheRestAreCounted() {
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      details.put("key" + i, "value" + i);
    }

    Map<String, String> kept = CheckResult.failed(ID, 2, "m", details, AT, TOOK).details();

    assertThat(kept).hasSize(MAX_DETAILS + 1).containsEntry("key0", "value0");
    assertThat(kept).containsEntry("key63", "value63").doesNotContainKey("key64");
    assertThat(kept.get("truncated")).contains("36");
  }

  @Test
  void exactlySixtyFourDetailsAreAllKept() {
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i < MAX_DETAILS; i++) {
      details.put("key" + i, "value" + i);
    }

    assertThat(CheckResult.failed(ID, 2, "m", details, AT, TOOK).details()).isEqualTo(details);
  }

  @Test
  void aLongDetailValueIsCutLikeAMessage() {
    Map<String, String> details = Map.of("output", "y".repeat(100_000));

    String value = CheckResult.failed(ID, 2, "m", details, AT, TOOK).details().get("output");

    assertThat(utf8Bytes(value)).isLessThanOrEqualTo(MAX_MESSAGE_BYTES);
    assertThat(value).contains("100000 bytes");
  }

  @Test
  void detailsAreACopyThatCannotBeChanged() {
    Map<String, String> details = new LinkedHashMap<>(Map.of("a", "1"));
    CheckResult result = CheckResult.failed(ID, 2, "m", details, AT, TOOK);
    details.put("b", "2");

    assertThat(result.details()).containsOnlyKeys("a");
    assertThatThrownBy(() -> result.details().put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(CheckResult.failed(ID, 2, "m", null, AT, TOOK).details()).isEmpty();
  }

  @Test
  void anUndecidedResultIsUnknownWithTheUnknownErrorCode() {
    CheckResult result = CheckResult.notRunYet(ID, AT);

    assertThat(result.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
    assertThat(result.errorCode()).isEqualTo(CheckResult.UNKNOWN_ERROR_CODE);
    assertThat(result.message()).isEqualTo("not run yet");
    assertThat(result.duration()).isZero();
  }

  @Test
  void asShutdownChangesOnlyTheOutcome() {
    CheckResult failed = CheckResult.failed(ID, 5, "down", Map.of("k", "v"), AT, TOOK);

    CheckResult shutdown = failed.asShutdown();

    assertThat(shutdown.outcome()).isEqualTo(CheckOutcome.SESSION_HOST_SHUTDOWN);
    assertThat(shutdown).usingRecursiveComparison().ignoringFields("outcome").isEqualTo(failed);
  }

  @Test
  void aResultMadeTheOldWayHasNoMeasurements() {
    assertThat(CheckResult.failed(ID, 2, "m", Map.of(), AT, TOOK).measurements()).isEmpty();
    assertThat(
            new CheckResult(
                    ID, CheckOutcome.FAILED, 2, "m", Map.of(), AT, TOOK, Optional.empty(), null)
                .measurements())
        .isEmpty();
  }

  @Test
  void measurementsAreACopyInOrderThatCannotBeChanged() {
    List<Measurement> values =
        new ArrayList<>(List.of(Measurement.of("time", 0.25, "s"), Measurement.of("/", 80, "%")));
    CheckResult result = CheckResult.notRunYet(ID, AT).withMeasurements(values);
    values.clear();

    assertThat(result.measurements()).extracting(Measurement::label).containsExactly("time", "/");
    assertThatThrownBy(() -> result.measurements().add(Measurement.of("x", 1, "")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void atMostSixtyFourMeasurementsAreKept() {
    List<Measurement> values = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      values.add(Measurement.of("m" + i, i, ""));
    }

    List<Measurement> kept =
        CheckResult.failed(ID, 2, "m", Map.of(), AT, TOOK).withMeasurements(values).measurements();

    assertThat(kept).hasSize(CheckResult.MAX_MEASUREMENTS);
    assertThat(kept.get(63).label()).isEqualTo("m63");
  }

  @Test
  void asShutdownKeepsTheMeasurements() {
    CheckResult measured =
        CheckResult.failed(ID, 5, "down", Map.of(), AT, TOOK)
            .withMeasurements(List.of(Measurement.of("rtt", 12, "ms")));

    assertThat(measured.asShutdown().measurements()).isEqualTo(measured.measurements());
  }

  @Test
  void aResultMadeTheOldWayLeavesTheRemediationToItsCheck() {
    assertThat(CheckResult.unknown(ID, "m", AT, TOOK).remediation()).isEmpty();
    assertThat(failedWith("m").withRemediation("  ").remediation()).isEmpty();
  }

  @Test
  void aRunsOwnRemediationIsKeptStrippedAndCappedLikeAMessage() {
    CheckResult result = failedWith("m").withRemediation(" Fix the configuration. ");
    CheckResult huge = failedWith("m").withRemediation("x".repeat(MAX_MESSAGE_BYTES + 1));

    assertThat(result.remediation()).contains("Fix the configuration.");
    assertThat(utf8Bytes(huge.remediation().orElseThrow())).isLessThanOrEqualTo(MAX_MESSAGE_BYTES);
    assertThat(huge.remediation().orElseThrow()).contains(MARKER);
  }

  @Test
  void measurementsAndShutdownKeepTheRunsRemediation() {
    CheckResult advised = failedWith("m").withRemediation("Fix the configuration.");

    assertThat(advised.withMeasurements(List.of(Measurement.of("rtt", 1, "ms"))).remediation())
        .isEqualTo(advised.remediation());
    assertThat(advised.asShutdown().remediation()).isEqualTo(advised.remediation());
  }
}
