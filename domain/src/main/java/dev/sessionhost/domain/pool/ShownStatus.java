package dev.sessionhost.domain.pool;

import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The status the broker shows for a host, since when, on what grounds, and why.
 *
 * @param basis whether the status is the host's own report, or the broker's conclusion from its
 *     silence
 */
public record ShownStatus(
    SessionHostStatus status, Instant since, Basis basis, List<StatusReason> reasons) {

  /** What a shown status rests on. */
  public enum Basis {
    /** The host's last heartbeat, still fresh (or a Shutdown, which stays). */
    REPORTED,
    /** No heartbeat for longer than the heartbeat timeout: shown Unavailable. */
    NO_HEARTBEAT,
    /** Registered, but no heartbeat yet: shown Unavailable. */
    NEVER_REPORTED
  }

  public ShownStatus {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(basis, "basis");
    reasons = List.copyOf(reasons);
    if (basis != Basis.REPORTED && status != SessionHostStatus.UNAVAILABLE) {
      throw new IllegalArgumentException(basis + " is shown as Unavailable, not " + status);
    }
  }

  /** Whether this and {@code other} show the same thing: the same status on the same basis. */
  public boolean sameAs(ShownStatus other) {
    return status == other.status && basis == other.basis;
  }
}
