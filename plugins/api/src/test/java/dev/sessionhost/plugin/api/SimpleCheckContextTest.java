package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleCheckContextTest {

  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void deadlineIsTheTimeoutFromTheClockUnlessSetExplicitly() {
    var context =
        SimpleCheckContext.forCheck("X").clock(CLOCK).timeout(Duration.ofSeconds(3)).build();
    assertThat(context.deadline()).isEqualTo(NOW.plusSeconds(3));
    assertThat(context.remaining()).isEqualTo(Duration.ofSeconds(3));

    var explicit =
        SimpleCheckContext.forCheck("X").clock(CLOCK).deadline(NOW.plusSeconds(1)).build();
    assertThat(explicit.deadline()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void settingsAreReadWithTheCheckIdInErrors() {
    var context = SimpleCheckContext.forCheck("PortCheck").settings(Map.of("port", "abc")).build();
    assertThat(context.settings().string("missing", "dflt")).isEqualTo("dflt");
    assertThatThrownBy(() -> context.settings().integer("port", 1))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("PortCheck")
        .hasMessageContaining("port");
  }

  @Test
  void offersTheProbesItWasGivenAndNamesTheEnvironmentForOthers() {
    FileProbe files = path -> PathState.missing(path, "test");
    var context =
        SimpleCheckContext.forCheck("X")
            .environment("simulated")
            .probe(FileProbe.class, files)
            .build();
    assertThat(context.probe(FileProbe.class)).isSameAs(files);
    assertThatThrownBy(() -> context.probe(ListenerProbe.class))
        .isInstanceOf(ProbeUnavailableException.class)
        .hasMessage("the simulated environment offers no ListenerProbe");
  }

  @Test
  void rejectsAProbeMappedToAnInterfaceItDoesNotImplement() {
    FileProbe files = path -> PathState.missing(path, "test");
    Map<Class<? extends Probe>, Probe> wrong = Map.of(ListenerProbe.class, files);
    assertThatThrownBy(() -> SimpleCheckContext.forCheck("X").probes(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not implement");
  }

  @Test
  void directoryTargetReadsItsPartsFromSettingsAndDefaultsToDiscovery() {
    var settings = CheckSettings.of("DomainTrustCheck", Map.of("realm", "CORP.TEST"));
    assertThat(DirectoryTarget.from(settings)).isEqualTo(new DirectoryTarget("CORP.TEST", "", ""));
    assertThat(DirectoryTarget.from(CheckSettings.of("X", Map.of())))
        .isEqualTo(DirectoryTarget.DISCOVER);
  }
}
