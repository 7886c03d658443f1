package dev.sessionhost.adapter.in.http;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.wire.HostHealthJson;

/**
 * A snapshot rendered once for every reader: our JSON, the Azure resource's JSON, and the status
 * code {@code /v1/health} answers with.
 */
record RenderedSnapshot(
    HostHealth health, HostHealthJson json, byte[] healthBytes, byte[] azureBytes) {

  /** 200 when the host takes new connections, so a load balancer can probe it directly. */
  int healthStatusCode() {
    return health.status().acceptsNewConnections() ? 200 : 503;
  }
}
