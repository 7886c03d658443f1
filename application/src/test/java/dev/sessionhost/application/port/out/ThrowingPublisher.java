package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A broken reporter: counts its calls and throws on every one. */
public final class ThrowingPublisher implements PublishHealthPort {

  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public void publish(HostHealth health, Optional<StatusChange> change) {
    calls.incrementAndGet();
    throw new IllegalStateException("reporter is broken");
  }

  public int calls() {
    return calls.get();
  }
}
