package dev.sessionhost.adapter.in.broker;

import java.net.InetAddress;
import java.util.Objects;

/**
 * How the broker's HTTP API listens.
 *
 * @param port the TCP port, 0 for any free one
 * @param adminToken the bearer token of the admin API
 * @param maxBodyBytes the largest request body taken; a larger one is answered 413
 * @param threads the most requests served at once
 */
public record BrokerHttpSettings(
    InetAddress bind, int port, String adminToken, int maxBodyBytes, int threads) {

  /** Far above a heartbeat of every check with long messages (some 10 KiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** Enough to keep two cores busy while some requests wait on a commit. */
  public static final int DEFAULT_THREADS = 64;

  public BrokerHttpSettings {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(adminToken, "adminToken");
    if (adminToken.length() < 16) {
      throw new IllegalArgumentException("an admin token needs at least 16 characters");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
  }

  public static BrokerHttpSettings of(InetAddress bind, int port, String adminToken) {
    return new BrokerHttpSettings(bind, port, adminToken, DEFAULT_MAX_BODY_BYTES, DEFAULT_THREADS);
  }

  @Override
  public String toString() {
    return "BrokerHttpSettings[bind=" + bind + ", port=" + port + ", adminToken=***]";
  }
}
