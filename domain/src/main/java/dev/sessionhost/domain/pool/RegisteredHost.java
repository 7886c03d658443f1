package dev.sessionhost.domain.pool;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A host the broker knows: when it registered, the administrator's settings for it (drain mode,
 * friendly name, assigned user), and its last report, if it ever sent one: the heartbeat, when the
 * broker received it, and since when the broker has shown the status that report gave.
 *
 * @param allowNewSession false when the host is in drain mode: no new sessions, existing ones go on
 * @param lastReport the last heartbeat, empty before the first
 * @param lastHeartbeatAt when the broker received {@code lastReport}, by the broker's clock
 * @param reportedSince since when the broker has shown the status of the reported kind it shows now
 */
public record RegisteredHost(
    SessionHostKey key,
    Instant registeredAt,
    boolean allowNewSession,
    String friendlyName,
    String assignedUser,
    Optional<Heartbeat> lastReport,
    Optional<Instant> lastHeartbeatAt,
    Optional<Instant> reportedSince) {

  public RegisteredHost {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(friendlyName, "friendlyName");
    Objects.requireNonNull(assignedUser, "assignedUser");
    Objects.requireNonNull(lastReport, "lastReport");
    Objects.requireNonNull(lastHeartbeatAt, "lastHeartbeatAt");
    Objects.requireNonNull(reportedSince, "reportedSince");
    if (lastReport.isPresent() != lastHeartbeatAt.isPresent()
        || lastReport.isPresent() != reportedSince.isPresent()) {
      throw new IllegalArgumentException(
          "a host's last report, its time and the time of its status come together");
    }
  }

  /** A host just registered: taking sessions, no report yet. */
  public static RegisteredHost registered(SessionHostKey key, Instant at) {
    return new RegisteredHost(
        key, at, true, "", "", Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The sequence number of the last report, 0 before the first. */
  public long lastSequence() {
    return lastReport.map(Heartbeat::sequence).orElse(0L);
  }

  /**
   * This host after {@code heartbeat} arrived {@code at}, showing its status since {@code since}.
   */
  public RegisteredHost reported(Heartbeat heartbeat, Instant at, Instant since) {
    return new RegisteredHost(
        key,
        registeredAt,
        allowNewSession,
        friendlyName,
        assignedUser,
        Optional.of(heartbeat),
        Optional.of(at),
        Optional.of(since));
  }

  /** This host with the administrator's settings changed. */
  public RegisteredHost withSettings(
      boolean allowNewSession, String friendlyName, String assignedUser) {
    return new RegisteredHost(
        key,
        registeredAt,
        allowNewSession,
        friendlyName,
        assignedUser,
        lastReport,
        lastHeartbeatAt,
        reportedSince);
  }
}
