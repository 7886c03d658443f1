package dev.sessionhost.domain.health;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A move of a host from one status to another, when it happened, and why. */
public record StatusChange(
    SessionHostStatus from, SessionHostStatus to, Instant at, List<StatusReason> reasons) {

  public StatusChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    reasons = List.copyOf(reasons);
    if (from == to) {
      throw new IllegalArgumentException("a status change needs two different statuses, got " + to);
    }
  }
}
