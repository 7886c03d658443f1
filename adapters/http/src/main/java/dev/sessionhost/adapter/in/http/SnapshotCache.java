package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.in.GetHostHealthQuery;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.wire.AzureSessionHostJson;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HostHealthJson;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last published snapshot, rendered to bytes once when it is published so that a request only
 * copies them; before the first publication, the application's current snapshot is rendered on
 * first use.
 */
public final class SnapshotCache implements PublishHealthPort {

  private final GetHostHealthQuery health;
  private final ListChecksQuery checks;
  private final String agentVersion;
  private final AtomicReference<RenderedSnapshot> current = new AtomicReference<>();

  public SnapshotCache(GetHostHealthQuery health, ListChecksQuery checks, String agentVersion) {
    this.health = Objects.requireNonNull(health, "health");
    this.checks = Objects.requireNonNull(checks, "checks");
    this.agentVersion = Objects.requireNonNull(agentVersion, "agentVersion");
  }

  @Override
  public void publish(HostHealth published, Optional<StatusChange> change) {
    RenderedSnapshot rendered = render(published);
    // two publishers racing must not leave the older snapshot in place
    current.accumulateAndGet(
        rendered,
        (old, fresh) ->
            old != null && fresh.health().assessedAt().isBefore(old.health().assessedAt())
                ? old
                : fresh);
  }

  /** The snapshot requests are served from. */
  RenderedSnapshot current() {
    RenderedSnapshot rendered = current.get();
    if (rendered != null) {
      return rendered;
    }
    current.compareAndSet(null, render(health.currentHealth()));
    return current.get();
  }

  /** Renders a snapshot that is not (yet) the published one, such as a cycle's own result. */
  RenderedSnapshot render(HostHealth snapshot) {
    HostHealthJson json = HostHealthJson.from(HealthReport.of(snapshot, checks.listChecks()));
    return new RenderedSnapshot(
        snapshot,
        json,
        HttpJson.bytes(json),
        HttpJson.bytes(AzureSessionHostJson.from(snapshot, agentVersion)));
  }
}
