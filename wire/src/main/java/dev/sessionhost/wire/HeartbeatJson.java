package dev.sessionhost.wire;

import dev.sessionhost.domain.pool.Heartbeat;
import java.util.Objects;

/**
 * A heartbeat on the wire, as the agent's broker client sends it to {@code POST /v1/heartbeat}: the
 * agent's sequence number, the session count, the agent's and the operating system's versions, and
 * the host's snapshot in the shape of {@code sessionhost check --format json}.
 */
public record HeartbeatJson(
    long sequence, int sessions, String agentVersion, String osVersion, HostHealthJson health) {

  public static HeartbeatJson from(Heartbeat heartbeat, HealthReport report) {
    return new HeartbeatJson(
        heartbeat.sequence(),
        heartbeat.sessions(),
        heartbeat.agentVersion(),
        heartbeat.osVersion(),
        HostHealthJson.from(report));
  }

  /**
   * The heartbeat this document describes.
   *
   * @throws IllegalArgumentException naming the field, when a field is missing or holds what no
   *     agent would send
   */
  public Heartbeat toHeartbeat() {
    if (health == null) {
      throw new IllegalArgumentException("health: missing");
    }
    try {
      return new Heartbeat(
          sequence,
          health.toReport().health(),
          sessions,
          Objects.requireNonNullElse(agentVersion, ""),
          Objects.requireNonNullElse(osVersion, ""));
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("a required field is missing: " + e.getMessage(), e);
    }
  }
}
