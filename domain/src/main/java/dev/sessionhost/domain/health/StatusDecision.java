package dev.sessionhost.domain.health;

import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.util.List;
import java.util.Objects;

/**
 * What the status policy decided: the status, the reasons (the deciding one first), and the check
 * results to report with it.
 */
public record StatusDecision(
    SessionHostStatus status, List<StatusReason> reasons, List<CheckResult> results) {

  public StatusDecision {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    results = List.copyOf(results);
  }
}
