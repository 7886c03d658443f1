package dev.sessionhost.adapter.in.http;

import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.Measurement;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values checks measured (performance data) as gauges labelled by check, label and unit, with
 * their bounds as separate gauges where given.
 */
final class MeasurementGauges {

  static final String VALUE = "sessionhost_check_measurement";
  static final String MIN = "sessionhost_check_measurement_min";
  static final String MAX = "sessionhost_check_measurement_max";

  private MeasurementGauges() {}

  /** The three gauges of these results; a gauge without points is left out of the scrape. */
  static List<GaugeSnapshot> of(Map<String, CheckResult> results) {
    GaugeSnapshot.Builder values =
        GaugeSnapshot.builder()
            .name(VALUE)
            .help("The values each check measured in its last run, by label and unit.");
    GaugeSnapshot.Builder mins =
        GaugeSnapshot.builder()
            .name(MIN)
            .help("The smallest possible value of a measurement, where the check gave one.");
    GaugeSnapshot.Builder maxes =
        GaugeSnapshot.builder()
            .name(MAX)
            .help("The largest possible value of a measurement, where the check gave one.");
    results.forEach(
        (check, result) -> {
          // a series may appear once per scrape: a label repeated in one run keeps its first value
          Set<Labels> seen = new HashSet<>();
          for (Measurement m : result.measurements()) {
            Labels labels = Labels.of("check", check, "label", m.label(), "unit", m.unit());
            if (!seen.add(labels)) {
              continue;
            }
            values.dataPoint(point(labels, m.value()));
            m.min().ifPresent(min -> mins.dataPoint(point(labels, min)));
            m.max().ifPresent(max -> maxes.dataPoint(point(labels, max)));
          }
        });
    return List.of(values.build(), mins.build(), maxes.build());
  }

  private static GaugeDataPointSnapshot point(Labels labels, double value) {
    return GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
  }
}
