package dev.sessionhost.adapter.out.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.Probe;
import dev.sessionhost.plugin.api.ServiceProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckConfigurationTest {

  @Test
  void aTimeoutOrIntervalMustBePositive() {
    assertThatThrownBy(() -> CheckConfiguration.NONE.withTimeout(Duration.ZERO))
        .hasMessage("timeout must be positive, found PT0S");
    assertThatThrownBy(() -> CheckConfiguration.NONE.withInterval(Duration.ofSeconds(-1)))
        .hasMessage("interval must be positive, found PT-1S");
  }

  @Test
  void thresholdsOutsideTheDomainsRangeAreRejected() {
    assertThatThrownBy(() -> CheckConfiguration.NONE.withThresholds(0, 1))
        .hasMessageContaining("failuresBeforeFailing must be between 1 and 100");
  }

  @Test
  void settingsKeepTheirOrderAndNullValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("zeta", 1);
    values.put("alpha", null);

    CheckConfiguration configuration = CheckConfiguration.ofSettings(values);

    assertThat(configuration.settings().keySet()).containsExactly("zeta", "alpha");
    assertThat(configuration.settings()).containsEntry("alpha", null);
  }

  @Test
  void aProbeMustImplementTheInterfaceItIsOfferedAs() {
    Map<Class<? extends Probe>, Probe> probes = Map.of(ServiceProbe.class, new FakeFileProbe());
    PluginRuntimeOptions options = PluginRuntimeOptions.of(Path.of("plugins"), "linux");

    assertThatThrownBy(() -> options.withProbes(probes))
        .hasMessageContaining("does not implement " + ServiceProbe.class.getName());
    assertThat(options.withProbes(Map.of(FileProbe.class, new FakeFileProbe())).probes())
        .containsOnlyKeys(FileProbe.class);
  }

  @Test
  void theEnvironmentNeedsAName() {
    assertThatThrownBy(() -> PluginRuntimeOptions.of(Path.of("plugins"), " "))
        .hasMessage("environmentName must not be blank");
  }
}
