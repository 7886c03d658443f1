package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.health.StatusChange;
import java.util.ArrayList;
import java.util.List;

/** A status history kept in a list. */
public final class InMemoryHistory implements HealthHistoryPort {

  private final List<StatusChange> changes = new ArrayList<>();

  @Override
  public synchronized void append(StatusChange change) {
    changes.add(change);
  }

  @Override
  public synchronized List<StatusChange> recent(int limit) {
    return List.copyOf(changes.subList(Math.max(0, changes.size() - limit), changes.size()));
  }

  public synchronized List<StatusChange> all() {
    return List.copyOf(changes);
  }
}
