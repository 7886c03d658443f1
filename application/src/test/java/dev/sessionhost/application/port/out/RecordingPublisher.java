package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A reporter that remembers everything it was told, in order. */
public final class RecordingPublisher implements PublishHealthPort {

  /** One call to {@link #publish}. */
  public record Published(HostHealth health, Optional<StatusChange> change) {}

  private final List<Published> received = new CopyOnWriteArrayList<>();

  @Override
  public void publish(HostHealth health, Optional<StatusChange> change) {
    received.add(new Published(health, change));
  }

  public List<Published> received() {
    return List.copyOf(received);
  }

  public Published last() {
    if (received.isEmpty()) {
      throw new AssertionError("nothing was published");
    }
    return received.get(received.size() - 1);
  }

  /** The status changes received, in order. */
  public List<StatusChange> changes() {
    return received.stream().flatMap(p -> p.change().stream()).toList();
  }
}
