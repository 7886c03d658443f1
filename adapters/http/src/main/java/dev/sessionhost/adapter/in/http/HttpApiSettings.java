package dev.sessionhost.adapter.in.http;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the agent's HTTP API listens and what it accepts.
 *
 * @param bind the address to listen on (loopback unless the operator chose otherwise)
 * @param port the TCP port, or 0 for any free one ({@link AgentHttpApi#start()} returns it)
 * @param adminToken the bearer token admin requests need; empty: admin requests are refused
 * @param maxRequestBytes the largest body an ordinary request may carry
 * @param maxUploadBytes the largest plugin jar an upload may carry
 * @param uploadDir where uploaded jars are staged while they are installed
 * @param agentVersion this agent's version, named in the {@code Server} header
 * @param headerTimeout how long a connection may take to bring a whole request head, counted from
 *     its opening or from the end of the previous answer; then it is closed
 */
public record HttpApiSettings(
    InetAddress bind,
    int port,
    Optional<String> adminToken,
    long maxRequestBytes,
    long maxUploadBytes,
    Path uploadDir,
    String agentVersion,
    Duration headerTimeout) {

  /** Long enough for any client that means it, short enough that trickling clients go soon. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);

  /** A body limit for requests that carry no file: commands, not data. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64L * 1024;

  /** A body limit for plugin jars. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

  public HttpApiSettings {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(uploadDir, "uploadDir");
    Objects.requireNonNull(agentVersion, "agentVersion");
    Objects.requireNonNull(headerTimeout, "headerTimeout");
    if (headerTimeout.isNegative() || headerTimeout.isZero()) {
      throw new IllegalArgumentException("the header timeout must be positive");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (maxRequestBytes < 0 || maxUploadBytes < 0) {
      throw new IllegalArgumentException("body limits cannot be negative");
    }
    adminToken = adminToken.filter(token -> !token.isBlank());
  }

  /** Settings with the default header timeout. */
  public HttpApiSettings(
      InetAddress bind,
      int port,
      Optional<String> adminToken,
      long maxRequestBytes,
      long maxUploadBytes,
      Path uploadDir,
      String agentVersion) {
    this(
        bind,
        port,
        adminToken,
        maxRequestBytes,
        maxUploadBytes,
        uploadDir,
        agentVersion,
        DEFAULT_HEADER_TIMEOUT);
  }

  /** Settings with the default body limits. */
  public static HttpApiSettings of(
      InetAddress bind,
      int port,
      Optional<String> adminToken,
      Path uploadDir,
      String agentVersion) {
    return new HttpApiSettings(
        bind,
        port,
        adminToken,
        DEFAULT_MAX_REQUEST_BYTES,
        DEFAULT_MAX_UPLOAD_BYTES,
        uploadDir,
        agentVersion);
  }
}
