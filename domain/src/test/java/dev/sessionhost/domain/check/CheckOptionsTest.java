package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A check's options on one host: its defaults and the operator's overrides. */
class CheckOptionsTest {

  private final CheckDefinition definition = KnownCheck.METADATA_SERVICE.definition();

  @Test
  void defaultsComeFromTheDefinition() {
    CheckOptions options = CheckOptions.defaultsFor(definition);

    assertThat(options.enabled()).isTrue();
    assertThat(options.effect()).isEqualTo(FailureEffect.NEEDS_ASSISTANCE);
    assertThat(options.timeout()).isEqualTo(CheckDefinition.STANDARD_TIMEOUT);
    assertThat(options.interval()).isEmpty();
    assertThat(options.thresholds()).isEqualTo(Thresholds.IMMEDIATE);
  }

  @Test
  void eachOverrideChangesOnlyItsOwnOption() {
    CheckOptions options =
        CheckOptions.defaultsFor(definition)
            .withEffect(FailureEffect.UNAVAILABLE)
            .withTimeout(Duration.ofSeconds(3))
            .withInterval(Duration.ofMinutes(5))
            .withThresholds(new Thresholds(3, 2))
            .disabled();

    assertThat(options)
        .isEqualTo(
            new CheckOptions(
                false,
                FailureEffect.UNAVAILABLE,
                Duration.ofSeconds(3),
                Optional.of(Duration.ofMinutes(5)),
                new Thresholds(3, 2)));
  }

  @Test
  void rejectsATimeoutOrIntervalThatIsNotPositive() {
    CheckOptions options = CheckOptions.defaultsFor(definition);

    assertThatThrownBy(() -> options.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> options.withInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDefinitionNeedsAPositiveDefaultTimeout() {
    assertThatThrownBy(
            () ->
                new CheckDefinition(
                    CheckId.of("Slow"), "Slow", "it", FailureEffect.NONE, "fix", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Slow");
  }
}
