package dev.sessionhost.bootstrap.config;

import java.util.Objects;

/**
 * The {@code http} section: where the agent's local HTTP API listens.
 *
 * @param bind the address to listen on; loopback by default, so only this host can ask
 * @param port the TCP port, 1 to 65535
 */
public record HttpSection(String bind, int port) {

  public static final HttpSection DEFAULTS = new HttpSection("127.0.0.1", 8765);

  public HttpSection {
    Objects.requireNonNull(bind, "bind");
    if (bind.isBlank()) {
      throw new IllegalArgumentException("bind must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
    }
  }
}
