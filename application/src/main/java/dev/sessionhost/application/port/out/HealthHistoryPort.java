package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.health.StatusChange;
import java.util.List;

/** Keeps a bounded history of the host's status changes. */
public interface HealthHistoryPort {

  void append(StatusChange change);

  /** The most recent changes, oldest first, at most {@code limit} of them. */
  List<StatusChange> recent(int limit);
}
