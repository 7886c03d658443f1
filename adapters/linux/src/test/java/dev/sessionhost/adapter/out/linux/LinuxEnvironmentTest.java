package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ServiceProbe;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinuxEnvironmentTest {

  @Test
  void offersEveryProbeOfTheSdkUnderItsInterface() {
    LinuxEnvironment environment = LinuxEnvironment.forThisHost();

    assertThat(environment.probes())
        .containsOnlyKeys(
            DirectoryProbe.class,
            ListenerProbe.class,
            ServiceProbe.class,
            HttpProbe.class,
            FileProbe.class,
            CommandProbe.class);
    environment.probes().forEach((type, probe) -> assertThat(probe).isInstanceOf(type));
    assertThat(LinuxEnvironment.NAME).isEqualTo("linux");
  }

  @Test
  void creatingItRunsNothingAndBuildsNoHttpClient() {
    FakeRunner runner = new FakeRunner();

    LinuxEnvironment environment =
        new LinuxEnvironment(LinuxEnvironmentOptions.forThisHost(), runner);

    assertThat(runner.calls()).isEmpty();
    assertThat(((LinuxHttpProbe) environment.probes().get(HttpProbe.class)).clientsBuilt())
        .isFalse();
  }

  @Test
  void optionsDefaultToTheRealMachine() {
    LinuxEnvironmentOptions options = LinuxEnvironmentOptions.forThisHost();

    assertThat(options.procRoot()).isEqualTo(Path.of("/proc"));
    assertThat(options.etcRoot()).isEqualTo(Path.of("/etc"));
    assertThat(options.defaultKeytab()).isEqualTo(Path.of("/etc/krb5.keytab"));
    assertThat(options.commandTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.withCommandTimeout(Duration.ofSeconds(3)).commandTimeout())
        .isEqualTo(Duration.ofSeconds(3));
  }
}
