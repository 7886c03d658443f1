package dev.sessionhost.adapter.in.http;

import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateState;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The gauges of the last published snapshot, built at scrape time from that one immutable snapshot
 * so that a scrape never mixes two of them, and a check that went away leaves no stale series.
 */
final class HealthCollector implements MultiCollector {

  static final String STATUS = "sessionhost_status";
  static final String CHECK_RESULT = "sessionhost_check_result";
  static final String CHECK_DURATION = "sessionhost_check_duration_seconds";
  static final String CHECK_LAST_RUN = "sessionhost_check_last_run_timestamp_seconds";
  static final String CYCLE_DURATION = "sessionhost_cycle_duration_seconds";
  static final String PLUGIN_FAILURES = "sessionhost_plugin_load_failures";
  static final String PLUGIN_FAILED = "sessionhost_plugin_load_failed";
  static final String UPDATE_STATE = "sessionhost_update_state";

  private volatile HostHealth last;

  void update(HostHealth health) {
    last = health;
  }

  @Override
  public MetricSnapshots collect() {
    HostHealth health = last;
    if (health == null) {
      return new MetricSnapshots();
    }
    Map<String, CheckResult> results = new LinkedHashMap<>();
    health.results().forEach(r -> results.putIfAbsent(r.id().value(), r));
    Set<String> failedPlugins = new LinkedHashSet<>();
    health.pluginProblems().forEach(p -> failedPlugins.add(p.plugin()));
    List<MetricSnapshot> snapshots = new ArrayList<>();
    snapshots.add(status(health));
    snapshots.addAll(
        List.of(
            checkResults(results),
            perCheck(
                CHECK_DURATION,
                "How long each check's last run took.",
                results,
                r -> r.duration().toNanos() / 1e9),
            perCheck(
                CHECK_LAST_RUN,
                "When each check's last run started, in seconds since the epoch.",
                results,
                r -> r.startedAt().toEpochMilli() / 1e3),
            gauge(CYCLE_DURATION, "How long the last health cycle took.", Unit.SECONDS)
                .dataPoint(point(Labels.EMPTY, health.cycleDuration().toNanos() / 1e9))
                .build(),
            gauge(PLUGIN_FAILURES, "Plugins that could not be loaded or started.", null)
                .dataPoint(point(Labels.EMPTY, health.pluginProblems().size()))
                .build(),
            pluginsFailed(failedPlugins),
            updateState(health)));
    snapshots.addAll(MeasurementGauges.of(results));
    return new MetricSnapshots(snapshots);
  }

  private static GaugeSnapshot status(HostHealth health) {
    GaugeSnapshot.Builder gauge =
        gauge(STATUS, "The host's status: 1 for the current one, 0 for the others.", null);
    for (SessionHostStatus status : SessionHostStatus.values()) {
      gauge.dataPoint(
          point(Labels.of("status", status.wireName()), status == health.status() ? 1 : 0));
    }
    return gauge.build();
  }

  private static GaugeSnapshot checkResults(Map<String, CheckResult> results) {
    GaugeSnapshot.Builder gauge =
        gauge(
            CHECK_RESULT,
            "Each check's last result: 1 for the current one, 0 for the others.",
            null);
    for (Map.Entry<String, CheckResult> entry : results.entrySet()) {
      for (CheckOutcome outcome : CheckOutcome.values()) {
        gauge.dataPoint(
            point(
                Labels.of("check", entry.getKey(), "result", outcome.wireName()),
                outcome == entry.getValue().outcome() ? 1 : 0));
      }
    }
    return gauge.build();
  }

  private static GaugeSnapshot perCheck(
      String name, String help, Map<String, CheckResult> results, ToDoubleFunction<CheckResult> f) {
    GaugeSnapshot.Builder gauge = gauge(name, help, Unit.SECONDS);
    results.forEach(
        (id, result) -> gauge.dataPoint(point(Labels.of("check", id), f.applyAsDouble(result))));
    return gauge.build();
  }

  private static GaugeSnapshot pluginsFailed(Set<String> plugins) {
    GaugeSnapshot.Builder gauge =
        gauge(PLUGIN_FAILED, "1 for each plugin that could not be loaded or started.", null);
    plugins.forEach(plugin -> gauge.dataPoint(point(Labels.of("plugin", plugin), 1)));
    return gauge.build();
  }

  private static GaugeSnapshot updateState(HostHealth health) {
    GaugeSnapshot.Builder gauge =
        gauge(
            UPDATE_STATE,
            "The state of the last plugin upgrade: 1 for the current one, 0 for the others.",
            null);
    for (UpdateState state : UpdateState.values()) {
      gauge.dataPoint(
          point(Labels.of("state", state.wireName()), state == health.update().state() ? 1 : 0));
    }
    return gauge.build();
  }

  private static GaugeSnapshot.Builder gauge(String name, String help, Unit unit) {
    GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name(name).help(help);
    return unit == null ? gauge : gauge.unit(unit);
  }

  private static GaugeDataPointSnapshot point(Labels labels, double value) {
    return GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
  }
}
