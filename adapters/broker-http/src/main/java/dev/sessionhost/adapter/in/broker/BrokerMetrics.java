package dev.sessionhost.adapter.in.broker;

import dev.sessionhost.application.port.in.broker.CountSessionHostsQuery;
import dev.sessionhost.domain.status.SessionHostStatus;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The broker's Prometheus metrics: hosts per pool and shown status (counted in the database at each
 * scrape, so every broker sharing it reports the same), heartbeats received by result, and the time
 * from a heartbeat's arrival to its durable answer.
 */
final class BrokerMetrics {

  static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final CounterDataPoint accepted;
  private final CounterDataPoint repeated;
  private final Counter refused;
  private final Histogram ingest;

  BrokerMetrics(CountSessionHostsQuery counts) {
    GaugeWithCallback.builder()
        .name("sessionhost_broker_session_hosts")
        .help("Session hosts per host pool and the status the broker shows for them.")
        .labelNames("host_pool", "status")
        .callback(
            callback -> {
              for (Map.Entry<String, Map<SessionHostStatus, Long>> pool :
                  counts.countByPoolAndStatus().entrySet()) {
                for (Map.Entry<SessionHostStatus, Long> status : pool.getValue().entrySet()) {
                  callback.call(status.getValue(), pool.getKey(), status.getKey().wireName());
                }
              }
            })
        .register(registry);
    Counter received =
        Counter.builder()
            .name("sessionhost_broker_heartbeats_total")
            .help(
                "Heartbeats received, by result: accepted (stored), repeated (already stored),"
                    + " refused (bad credential or body).")
            .labelNames("result")
            .withoutExemplars()
            .register(registry);
    accepted = received.labelValues("accepted");
    repeated = received.labelValues("repeated");
    refused = received;
    ingest =
        Histogram.builder()
            .name("sessionhost_broker_ingest_seconds")
            .help("Time from a heartbeat's arrival to its answer, stored for good.")
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1, 5)
            .classicOnly()
            .withoutExemplars()
            .register(registry);
  }

  void heartbeat(boolean wasRepeated, long nanos) {
    (wasRepeated ? repeated : accepted).inc();
    ingest.observe(nanos / 1e9);
  }

  void refusedHeartbeat() {
    refused.labelValues("refused").inc();
  }

  byte[] scrape() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    writer.write(out, registry.scrape());
    return out.toByteArray();
  }
}
