package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinnedKdcTest {

  private static final Path HOST_CONFIG = Path.of("/etc/krb5.conf");

  @Test
  void theControllerBecomesTheRealmsOnlyKdcAheadOfTheAgentsOwnConfiguration() throws IOException {
    Path file;
    try (PinnedKdc pin =
        PinnedKdc.write("LAB.EXAMPLE.ORG", "127.0.0.2", "/srv/krb5.conf", HOST_CONFIG)) {
      file = pin.file();
      assertThat(Files.readString(file))
          .isEqualTo("[realms]\n    LAB.EXAMPLE.ORG = {\n        kdc = 127.0.0.2\n    }*\n");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(pin.environment())
          .containsEntry("KRB5_CONFIG", file + ":/srv/krb5.conf")
          .containsEntry("SSSD_KRB5_LOCATOR_DISABLE", "1");
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void withoutKrb5ConfigTheHostsKrb5ConfFollowsThePin() {
    try (PinnedKdc pin =
        PinnedKdc.write("LAB.EXAMPLE.ORG", "dc1.lab.example.org:88", null, HOST_CONFIG)) {
      assertThat(pin.environment()).containsEntry("KRB5_CONFIG", pin.file() + ":/etc/krb5.conf");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dc1\n[realms]", "dc1 }", "", "dc1,dc2", "[fe80::1"})
  void aControllerThatIsNotAHostOrAddressIsRefusedBeforeAnythingIsWritten(String controller) {
    assertThatThrownBy(() -> PinnedKdc.write("LAB.EXAMPLE.ORG", controller, null, HOST_CONFIG))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("is not a host name or an address");
  }

  @Test
  void anIpv6ControllerIsAccepted() {
    try (PinnedKdc pin = PinnedKdc.write("LAB.EXAMPLE.ORG", "[::1]:88", null, HOST_CONFIG)) {
      assertThat(pin.file()).content().contains("kdc = [::1]:88");
    }
  }
}
