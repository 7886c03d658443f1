package dev.sessionhost.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.status.SessionHostStatus;
import org.junit.jupiter.api.Test;

/** What a failing check does to its host, and how the host reads back the names it wrote. */
class FailureEffectTest {

  @Test
  void eachEffectLeadsToItsStatusAndReportOnlyToNone() {
    assertThat(FailureEffect.UNAVAILABLE.status()).contains(SessionHostStatus.UNAVAILABLE);
    assertThat(FailureEffect.NEEDS_ASSISTANCE.status())
        .contains(SessionHostStatus.NEEDS_ASSISTANCE);
    assertThat(FailureEffect.NONE.status()).isEmpty();
  }

  @Test
  void readsBackEveryNameItWrites() {
    for (FailureEffect effect : FailureEffect.values()) {
      assertThat(FailureEffect.ofName(effect.name())).isEqualTo(effect);
    }
  }

  @Test
  void anythingElseIsRejectedNamingTheAcceptedValues() {
    // what operators write, aliases included, is the plugin SDK's to read
    assertThatThrownBy(() -> FailureEffect.ofName("Unhealthy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Unhealthy'")
        .hasMessageContaining("UNAVAILABLE, NEEDS_ASSISTANCE or NONE");
  }
}
