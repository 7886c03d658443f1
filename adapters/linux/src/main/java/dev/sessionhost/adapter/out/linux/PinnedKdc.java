package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A private krb5 configuration that makes one domain controller the only KDC of a realm, for one
 * {@code kinit}: the file comes first in {@code KRB5_CONFIG} and marks the realm's section final
 * (an asterisk after its closing brace), so the host's configuration still supplies every other
 * setting but no other KDC of that realm.
 *
 * <p>sssd's KDC locator plugin would otherwise answer before any configuration, so it is switched
 * off for the command. Close it to delete the file.
 */
final class PinnedKdc implements AutoCloseable {

  /** A host name, an IPv4 address or a bracketed IPv6 address, each with an optional port. */
  private static final Pattern CONTROLLER =
      Pattern.compile("^(?:[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$");

  private static final Pattern REALM = Pattern.compile("^[A-Za-z0-9._-]+$");

  private final Path file;
  private final Map<String, String> environment;

  private PinnedKdc(Path file, Map<String, String> environment) {
    this.file = file;
    this.environment = environment;
  }

  /**
   * Writes the file.
   *
   * @param realm the realm whose KDC is pinned
   * @param controller the domain controller's host name or address
   * @param inheritedConfig the agent's own {@code KRB5_CONFIG}, or null when it has none
   * @param hostConfig the host's krb5.conf, read after the pin when there is no {@code KRB5_CONFIG}
   * @throws ProbeException when the controller or realm could change the file's meaning, or the
   *     file cannot be written
   */
  static PinnedKdc write(String realm, String controller, String inheritedConfig, Path hostConfig) {
    if (!CONTROLLER.matcher(controller).matches()) {
      throw new ProbeException(
          "domainController \"" + controller + "\" is not a host name or an address");
    }
    if (!REALM.matcher(realm).matches()) {
      throw new ProbeException("realm \"" + realm + "\" cannot be written in krb5.conf");
    }
    String text = "[realms]\n    " + realm + " = {\n        kdc = " + controller + "\n    }*\n";
    Path file;
    try {
      // createTempFile makes the file readable by its owner only
      file = Files.createTempFile("sessionhost-kdc-", ".conf");
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new ProbeException("cannot write the krb5 configuration naming " + controller, e);
    }
    String rest =
        inheritedConfig == null || inheritedConfig.isBlank()
            ? hostConfig.toString()
            : inheritedConfig;
    return new PinnedKdc(
        file, Map.of("KRB5_CONFIG", file + ":" + rest, "SSSD_KRB5_LOCATOR_DISABLE", "1"));
  }

  /** The variables to run {@code kinit} with. */
  Map<String, String> environment() {
    return environment;
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a left-over file in the temp folder names a controller, nothing secret; not worth failing
      // the check for
    }
  }
}
