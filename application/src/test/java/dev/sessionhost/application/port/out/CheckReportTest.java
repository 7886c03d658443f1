package dev.sessionhost.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Measurement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckReportTest {

  @Test
  void detailsKeepTheOrderTheCheckWroteThemInAndCannotChange() {
    Map<String, String> written = new LinkedHashMap<>();
    for (String key : new String[] {"zeta", "alpha", "mu", "beta", "omega", "gamma"}) {
      written.put(key, key.toUpperCase());
    }

    CheckReport report = new CheckReport(CheckOutcome.FAILED, 2, "two of six failed", written);

    assertThat(report.details().keySet())
        .containsExactly("zeta", "alpha", "mu", "beta", "omega", "gamma");
    assertThatThrownBy(() -> report.details().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aReportMadeTheOldWayHasNoMeasurements() {
    assertThat(CheckReport.passed("ok").measurements()).isEmpty();
    assertThat(new CheckReport(CheckOutcome.FAILED, 2, "m", Map.of(), null).measurements())
        .isEmpty();
  }

  @Test
  void measurementsAreCopiedAndSurviveAJudgedEffect() {
    List<Measurement> values = new ArrayList<>(List.of(Measurement.of("time", 0.5, "s")));
    CheckReport report = CheckReport.failed(3, "slow").withMeasurements(values);
    values.clear();

    CheckReport judged = report.withEffect(FailureEffect.UNAVAILABLE);

    assertThat(judged.measurements()).extracting(Measurement::label).containsExactly("time");
    assertThat(judged.effect()).contains(FailureEffect.UNAVAILABLE);
    assertThatThrownBy(() -> judged.measurements().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRemediationSurvivesAJudgedEffectAndMeasurements() {
    CheckReport advised = CheckReport.unknown("bad setting").withRemediation("Fix it.");

    assertThat(CheckReport.unknown("bad setting").remediation()).isEmpty();
    assertThat(advised.withEffect(FailureEffect.NONE).remediation()).contains("Fix it.");
    assertThat(advised.withMeasurements(List.of()).remediation()).contains("Fix it.");
  }
}
