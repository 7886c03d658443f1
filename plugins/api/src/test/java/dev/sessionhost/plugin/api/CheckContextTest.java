package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CheckContextTest {

  private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

  @Test
  void remainingIsTheTimeUntilTheDeadline() {
    assertThat(context(NOW.plusSeconds(7)).remaining()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void remainingIsZeroOnceTheDeadlineHasPassed() {
    assertThat(context(NOW.minusSeconds(1)).remaining()).isEqualTo(Duration.ZERO);
  }

  @Test
  void aMissingProbeIsAProbeExceptionNamingTheProbeAndTheEnvironment() {
    ProbeUnavailableException missing =
        new ProbeUnavailableException(ListenerProbe.class, "simulated");

    assertThat(missing)
        .isInstanceOf(ProbeException.class)
        .hasMessage("the simulated environment offers no ListenerProbe");
    assertThat(missing.probeType()).isEqualTo(ListenerProbe.class);
    assertThat(missing.environment()).isEqualTo("simulated");
  }

  private static CheckContext context(Instant deadline) {
    return SimpleCheckContext.forCheck("C")
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .deadline(deadline)
        .build();
  }
}
