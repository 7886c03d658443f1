package dev.sessionhost.bootstrap.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code http} section: where the agent's local HTTP API listens.
 *
 * @param bind the address to listen on; loopback by default, so only this host can ask
 * @param port the TCP port, 1 to 65535, or 0 for any free one (the agent then writes the address it
 *     got to {@code http.url} in the state folder, where {@code status} finds it)
 * @param adminToken the token admin requests must bear; empty: the agent generates one into {@code
 *     admin-token} in the state folder, readable by its own user only
 */
public record HttpSection(String bind, int port, Optional<String> adminToken) {

  public static final HttpSection DEFAULTS = new HttpSection("127.0.0.1", 8765, Optional.empty());

  public HttpSection {
    Objects.requireNonNull(bind, "bind");
    if (bind.isBlank()) {
      throw new IllegalArgumentException("bind must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    Objects.requireNonNull(adminToken, "adminToken");
  }
}
