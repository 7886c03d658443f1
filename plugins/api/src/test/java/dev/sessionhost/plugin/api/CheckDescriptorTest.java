package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDescriptorTest {

  @Test
  void ofUsesTheTenSecondDefaultTimeout() {
    CheckDescriptor descriptor =
        CheckDescriptor.of("PortCheck", "Port", "the port is open", Severity.FATAL, "Open it.");

    assertThat(descriptor.defaultTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(descriptor.severity()).isEqualTo(Severity.FATAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "SxSStackListenerCheck", "my.check-2_b", "Z0"})
  void acceptsIdsStartingWithALetter(String id) {
    assertThat(descriptor(id, Duration.ofSeconds(1)).id()).isEqualTo(id);
  }

  @Test
  void acceptsAnIdOf128Characters() {
    String id = "a".repeat(128);

    assertThat(descriptor(id, Duration.ofSeconds(1)).id()).hasSize(128);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1check", "-check", "has space", "slash/check", "ünicode"})
  void rejectsIdsThatAreNotALetterFollowedByNameCharacters(String id) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> descriptor(id, Duration.ofSeconds(1)))
        .withMessageContaining("id must be a letter followed by up to 127")
        .withMessageContaining("found \"" + id + "\"");
  }

  @Test
  void rejectsAnIdOf129Characters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> descriptor("a".repeat(129), Duration.ofSeconds(1)))
        .withMessageContaining("id must be");
  }

  @Test
  void rejectsAMissingIdSayingNothingWasFound() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> descriptor(null, Duration.ofSeconds(1)))
        .withMessageEndingWith("found nothing");
  }

  @Test
  void rejectsBlankTextsNamingTheFieldAndTheCheck() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckDescriptor.of("C", " ", "v", Severity.FATAL, "r"))
        .withMessage("check descriptor displayName of C must not be blank, found \" \"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckDescriptor.of("C", "d", null, Severity.FATAL, "r"))
        .withMessage("check descriptor verifies of C must not be blank, found nothing");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckDescriptor.of("C", "d", "v", Severity.FATAL, ""))
        .withMessageContaining("remediation of C must not be blank");
  }

  @Test
  void rejectsAMissingSeverityListingTheChoices() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CheckDescriptor.of("C", "d", "v", null, "r"))
        .withMessageContaining("severity of C is missing")
        .withMessageContaining("FATAL, NON_FATAL or INFORMATIONAL");
  }

  @Test
  void acceptsTimeoutsUpToTenMinutes() {
    assertThat(descriptor("C", Duration.ofMinutes(10)).defaultTimeout())
        .isEqualTo(CheckDescriptor.MAX_TIMEOUT);
    assertThat(descriptor("C", Duration.ofMillis(1)).defaultTimeout()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-1S", "PT10M0.001S", "PT1H"})
  void rejectsTimeoutsThatAreNotPositiveOrLongerThanTenMinutes(String timeout) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> descriptor("C", Duration.parse(timeout)))
        .withMessage(
            "check descriptor defaultTimeout of C must be positive and at most 10 minutes, found "
                + Duration.parse(timeout));
  }

  @Test
  void rejectsAMissingTimeout() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> descriptor("C", null))
        .withMessageContaining("defaultTimeout of C");
  }

  private static CheckDescriptor descriptor(String id, Duration timeout) {
    return new CheckDescriptor(id, "name", "what", Severity.NON_FATAL, "fix it", timeout);
  }

  @Test
  void theBuilderSetsEachFieldByNameAndDefaultsTheTimeout() {
    CheckDescriptor built =
        CheckDescriptor.builder("PortOpenCheck")
            .remediation("Start the service.")
            .severity(Severity.FATAL)
            .verifies("the service listens on its port")
            .displayName("Port open")
            .build();

    assertThat(built)
        .isEqualTo(
            CheckDescriptor.of(
                "PortOpenCheck",
                "Port open",
                "the service listens on its port",
                Severity.FATAL,
                "Start the service."));
    assertThat(
            CheckDescriptor.builder("PortOpenCheck")
                .displayName("Port open")
                .verifies("v")
                .severity(Severity.FATAL)
                .remediation("r")
                .defaultTimeout(Duration.ofSeconds(3))
                .build()
                .defaultTimeout())
        .isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void theBuilderRefusesAMissingFieldByName() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CheckDescriptor.builder("PortOpenCheck")
                    .displayName("Port open")
                    .severity(Severity.FATAL)
                    .remediation("Start the service.")
                    .build())
        .withMessage("check descriptor verifies of PortOpenCheck must not be blank, found nothing");
  }
}
