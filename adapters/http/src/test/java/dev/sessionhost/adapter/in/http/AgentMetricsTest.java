package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentMetricsTest {

  final AgentMetrics metrics = new AgentMetrics();

  @Test
  void theStatusSeriesMarksTheCurrentStatus() throws IOException {
    metrics.publish(Snapshots.inStatus(SessionHostStatus.NEEDS_ASSISTANCE), Optional.empty());

    assertThat(lines())
        .contains("sessionhost_status{status=\"NeedsAssistance\"} 1.0")
        .contains("sessionhost_status{status=\"Available\"} 0.0")
        .contains("sessionhost_status{status=\"Unavailable\"} 0.0");
  }

  @Test
  void checkSeriesFollowTheSnapshot() throws IOException {
    metrics.publish(Snapshots.realistic(), Optional.empty());

    assertThat(lines())
        .contains(
            "sessionhost_check_result{check=\"MonitoringAgentCheck\",result=\"HealthCheckFailed\"} 1.0",
            "sessionhost_check_result{check=\"MonitoringAgentCheck\",result=\"HealthCheckSucceeded\"} 0.0",
            "sessionhost_check_result{check=\"disk-space.root\",result=\"Unknown\"} 1.0",
            "sessionhost_check_duration_seconds{check=\"MonitoringAgentCheck\"} 0.041",
            "sessionhost_check_duration_seconds{check=\"disk-space.root\"} 10.0",
            "sessionhost_check_last_run_timestamp_seconds{check=\"MonitoringAgentCheck\"} "
                + (Snapshots.AT.toEpochMilli() / 1e3),
            "sessionhost_cycle_duration_seconds 1.5");
  }

  @Test
  void pluginFailuresAndTheUpdateStateFollowTheSnapshot() throws IOException {
    metrics.publish(Snapshots.realistic(), Optional.empty());

    assertThat(lines())
        .contains(
            "sessionhost_plugin_load_failures 2.0",
            "sessionhost_plugin_load_failed{plugin=\"broken-plugin\"} 1.0",
            "sessionhost_plugin_load_failed{plugin=\"old \\\"quoted\\\" plugin\"} 1.0",
            "sessionhost_update_state{state=\"Failed\"} 1.0",
            "sessionhost_update_state{state=\"Initial\"} 0.0");
  }

  @Test
  void measurementsAreGaugesByCheckLabelAndUnitWithTheirBoundsWhereGiven() throws IOException {
    metrics.publish(Snapshots.realistic(), Optional.empty());
    String labels =
        "{check=\"command.disk\",label=\"/var/lib/\\\"quoted\\\" \\\\ data\",unit=\"MB\"}";

    assertThat(lines())
        .contains(
            "sessionhost_check_measurement" + labels + " 2048.0",
            "sessionhost_check_measurement_min" + labels + " 0.0",
            "sessionhost_check_measurement_max" + labels + " 4096.0",
            "sessionhost_check_measurement{check=\"command.disk\",label=\"time\",unit=\"s\"} 0.03");
    assertThat(lines().stream().filter(l -> l.contains("label=\"time\"")))
        .as("a repeated label keeps its first value and has no bounds")
        .hasSize(1);
  }

  @Test
  void withoutMeasurementsNoMeasurementMetricShows() throws IOException {
    metrics.publish(Snapshots.available(), Optional.empty());

    assertThat(String.join("\n", lines())).doesNotContain("sessionhost_check_measurement");
  }

  @Test
  void aCheckThatIsGoneLeavesNoSeries() throws IOException {
    metrics.publish(Snapshots.realistic(), Optional.empty());
    metrics.publish(Snapshots.available(), Optional.empty());

    assertThat(String.join("\n", lines()))
        .doesNotContain("disk-space.root", "broken-plugin", "command.disk");
    assertThat(lines()).contains("sessionhost_plugin_load_failures 0.0");
  }

  @Test
  void countsPublicationsAndStatusChanges() throws IOException {
    metrics.publish(Snapshots.available(), Optional.empty());
    metrics.publish(
        Snapshots.inStatus(SessionHostStatus.UNAVAILABLE),
        Optional.of(
            new StatusChange(
                SessionHostStatus.AVAILABLE,
                SessionHostStatus.UNAVAILABLE,
                Snapshots.AT,
                List.of())));

    assertThat(lines())
        .contains("sessionhost_snapshots_published_total 2.0")
        .contains("sessionhost_status_changes_total 1.0")
        .contains("sessionhost_status{status=\"Unavailable\"} 1.0");
  }

  @Test
  void everyMetricHasHelpText() throws IOException {
    metrics.publish(Snapshots.realistic(), Optional.empty());

    List<String> types = lines().stream().filter(l -> l.startsWith("# TYPE ")).toList();
    List<String> helps = lines().stream().filter(l -> l.startsWith("# HELP ")).toList();
    assertThat(types).hasSize(13);
    assertThat(helps).hasSameSizeAs(types);
    assertThat(lines()).allMatch(l -> l.startsWith("#") || l.startsWith("sessionhost_"));
  }

  @Test
  void beforeTheFirstSnapshotOnlyTheCountersShow() throws IOException {
    assertThat(lines()).contains("sessionhost_snapshots_published_total 0.0");
    assertThat(String.join("\n", lines())).doesNotContain("sessionhost_status{");
  }

  @Test
  void servesTheTextFormatAtMetrics(@TempDir Path uploads) {
    try (ApiHarness harness = new ApiHarness(uploads)) {
      harness.publish(Snapshots.inStatus(SessionHostStatus.UPGRADING));

      HttpResponse<String> response = harness.get("/metrics");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("text/plain; version=0.0.4; charset=utf-8");
      assertThat(response.body()).contains("sessionhost_status{status=\"Upgrading\"} 1.0");
    }
  }

  @Test
  void otherCollectorsJoinThroughTheRegistry() throws IOException {
    io.prometheus.metrics.core.metrics.Gauge.builder()
        .name("sessionhost_broker_reachable")
        .help("Whether the broker answered.")
        .register(metrics.registry())
        .set(1);

    assertThat(lines()).contains("sessionhost_broker_reachable 1.0");
  }

  private List<String> lines() throws IOException {
    return new String(metrics.scrape(), StandardCharsets.UTF_8).lines().toList();
  }
}
