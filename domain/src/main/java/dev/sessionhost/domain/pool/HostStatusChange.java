package dev.sessionhost.domain.pool;

import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change of what the broker shows for a host: from one status to another, or to the same status
 * on another basis (a host Unavailable by its own report that then stops heartbeating), when, and
 * why.
 *
 * @param sequence the sequence number of the heartbeat that brought the change to light; a change
 *     to {@link ShownStatus.Basis#NO_HEARTBEAT} carries the sequence of the heartbeat that ended
 *     the silence
 */
public record HostStatusChange(
    long sequence,
    SessionHostStatus from,
    SessionHostStatus to,
    ShownStatus.Basis basis,
    Instant at,
    List<StatusReason> reasons) {

  public HostStatusChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(at, "at");
    reasons = List.copyOf(reasons);
  }

  /** The change from {@code before} to {@code after}, at {@code after}'s start. */
  public static HostStatusChange between(long sequence, ShownStatus before, ShownStatus after) {
    return new HostStatusChange(
        sequence, before.status(), after.status(), after.basis(), after.since(), after.reasons());
  }
}
