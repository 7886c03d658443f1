package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Thresholds;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckSectionTest {

  private static final CheckOptions PLUGIN_DEFAULTS =
      new CheckOptions(
          true,
          FailureEffect.UNAVAILABLE,
          Duration.ofSeconds(10),
          Optional.empty(),
          Thresholds.IMMEDIATE);

  private static CheckSection section(
      Optional<Duration> timeout, Optional<FailureEffect> effect, Map<String, Object> settings) {
    return new CheckSection(
        Optional.empty(),
        timeout,
        Optional.empty(),
        Optional.of(2),
        Optional.empty(),
        effect,
        settings);
  }

  @Test
  void nothingConfiguredLeavesThePluginsOptionsAlone() {
    assertThat(CheckSection.EMPTY.applyTo(PLUGIN_DEFAULTS)).isEqualTo(PLUGIN_DEFAULTS);
  }

  @Test
  void configuredOptionsReplaceOnlyTheirOwnField() {
    CheckSection configured =
        section(Optional.of(Duration.ofSeconds(3)), Optional.of(FailureEffect.NONE), Map.of());

    CheckOptions options = configured.applyTo(PLUGIN_DEFAULTS);

    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(options.effect()).isEqualTo(FailureEffect.NONE);
    assertThat(options.thresholds()).isEqualTo(new Thresholds(2, 1));
    assertThat(options.enabled()).isTrue();
    assertThat(options.interval()).isEmpty();
  }

  @Test
  void aChecksOwnSectionWinsOverTheDefaultsKeyByKey() {
    CheckSection defaults =
        section(
            Optional.of(Duration.ofSeconds(5)),
            Optional.of(FailureEffect.NEEDS_ASSISTANCE),
            Map.of("shared", 1, "port", 1));
    CheckSection own = section(Optional.empty(), Optional.empty(), Map.of("port", 3390));
    ChecksSection checks =
        new ChecksSection(defaults, Map.of(CheckId.of("SxSStackListenerCheck"), own));

    CheckSection merged = checks.forCheck(CheckId.of("SxSStackListenerCheck"));

    assertThat(merged.timeout()).contains(Duration.ofSeconds(5));
    assertThat(merged.failureEffect()).contains(FailureEffect.NEEDS_ASSISTANCE);
    assertThat(merged.settings()).containsOnly(entry("shared", 1), entry("port", 3390));
  }

  @Test
  void anUnconfiguredCheckGetsTheDefaultsAndAnUnconfiguredEffectStaysEmpty() {
    ChecksSection checks =
        new ChecksSection(
            section(Optional.of(Duration.ofSeconds(5)), Optional.empty(), Map.of()), Map.of());

    CheckSection merged = checks.forCheck(CheckId.of("DiskSpaceCheck"));

    assertThat(merged.timeout()).contains(Duration.ofSeconds(5));
    // empty: the plugin's own per-run judgement of the effect may still apply
    assertThat(merged.failureEffect()).isEmpty();
  }
}
