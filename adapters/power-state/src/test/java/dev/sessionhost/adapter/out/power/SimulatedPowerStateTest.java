package dev.sessionhost.adapter.out.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedPowerStateTest {

  @Test
  void eachNamedHostHasItsStateAndEveryOtherTheDefault() {
    SimulatedPowerState source =
        new SimulatedPowerState(Map.of("off-1", PowerState.DEALLOCATED), PowerState.RUNNING);
    SessionHostKey off = new SessionHostKey("default", "off-1");
    SessionHostKey on = new SessionHostKey("other", "on-1");

    assertThat(source.powerStates(List.of(off, on)))
        .containsEntry(off, PowerState.DEALLOCATED)
        .containsEntry(on, PowerState.RUNNING);
  }
}
