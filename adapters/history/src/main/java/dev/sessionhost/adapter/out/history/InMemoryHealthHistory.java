package dev.sessionhost.adapter.out.history;

import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.domain.health.StatusChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps the latest status changes in memory, dropping the oldest beyond a limit; a stand-in until
 * the history file adapter exists, and lost when the process ends.
 */
public final class InMemoryHealthHistory implements HealthHistoryPort {

  private final int capacity;
  private final Deque<StatusChange> changes = new ArrayDeque<>();

  public InMemoryHealthHistory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, not " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized void append(StatusChange change) {
    if (changes.size() == capacity) {
      changes.removeFirst();
    }
    changes.addLast(change);
  }

  @Override
  public synchronized List<StatusChange> recent(int limit) {
    List<StatusChange> all = new ArrayList<>(changes);
    return List.copyOf(all.subList(Math.max(0, all.size() - Math.max(0, limit)), all.size()));
  }
}
