package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent's Prometheus metrics: the last snapshot's status, check results and timings, plugin
 * load failures and update state, and counters of published snapshots and status changes. Other
 * collectors may join through {@link #registry()}.
 */
public final class AgentMetrics implements PublishHealthPort {

  /** The Prometheus text format, version 0.0.4. */
  public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry;
  private final HealthCollector health = new HealthCollector();
  private final Counter published;
  private final Counter statusChanges;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  public AgentMetrics() {
    this(new PrometheusRegistry());
  }

  public AgentMetrics(PrometheusRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    registry.register(health);
    published =
        Counter.builder()
            .name("sessionhost_snapshots_published_total")
            .help("Health snapshots published: one per health cycle, upgrade step or shutdown.")
            .withoutExemplars()
            .register(registry);
    statusChanges =
        Counter.builder()
            .name("sessionhost_status_changes_total")
            .help("Times the host's status changed.")
            .withoutExemplars()
            .register(registry);
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  @Override
  public void publish(HostHealth snapshot, Optional<StatusChange> change) {
    health.update(snapshot);
    published.inc();
    change.ifPresent(c -> statusChanges.inc());
  }

  /** Every registered metric in the text format. */
  public byte[] scrape() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    writer.write(out, registry.scrape());
    return out.toByteArray();
  }
}
