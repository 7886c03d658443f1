package dev.sessionhost.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.check.Measurement;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HostHealthJsonTest {

  private static final Instant AT = Instant.parse("2026-11-24T07:30:01.250Z");
  private static final CheckId DOMAIN = CheckId.of("DomainTrustCheck");
  private static final CheckId PACKAGES = CheckId.of("AppAttachHealthCheck");

  static HostHealth sample() {
    CheckResult trust =
        new CheckResult(
            DOMAIN,
            CheckOutcome.FAILED,
            5,
            "kinit -k refused: password has expired",
            Map.of("tried", "kinit -k"),
            AT.minusSeconds(2),
            Duration.ofMillis(840));
    CheckResult packages =
        new CheckResult(
            PACKAGES,
            CheckOutcome.FAILED,
            1,
            "office.vhdx is missing",
            Map.of(),
            AT.minusSeconds(2),
            Duration.ofMillis(3),
            Optional.of(FailureEffect.NONE),
            List.of(
                new Measurement(
                    "/var \"data\"",
                    81.5,
                    "%",
                    "80",
                    "@90:95",
                    OptionalDouble.of(0),
                    OptionalDouble.of(100)),
                Measurement.of("time", 0.004, "s")));
    return new HostHealth(
        "web-01",
        SessionHostStatus.UPGRADE_FAILED,
        AT.minusSeconds(60),
        AT,
        List.of(
            new FailingCheck(
                DOMAIN, FailureEffect.UNAVAILABLE, CheckOutcome.FAILED, trust.message(), "rejoin"),
            new AgentCondition(AgentCondition.Kind.values()[0], "something", "do this")),
        List.of(trust, packages),
        UpdateStatus.failed("upgrade of x to 2 failed", AT.minusSeconds(30)),
        List.of(new PluginProblem("broken.jar", "no descriptor")),
        Duration.ofMillis(912));
  }

  @Test
  void aSnapshotReadBackIsTheSnapshotThatWasWritten() {
    HealthReport report = new HealthReport(sample(), Map.of(DOMAIN, FailureEffect.UNAVAILABLE));
    String json = WireJson.write(HostHealthJson.from(report));

    HealthReport back = WireJson.MAPPER.readValue(json, HostHealthJson.class).toReport();

    assertThat(back.health()).isEqualTo(sample());
    assertThat(back.effectOf(sample().results().get(0))).contains(FailureEffect.UNAVAILABLE);
    assertThat(back.effectOf(sample().results().get(1))).contains(FailureEffect.NONE);
  }

  @Test
  void aStatusNoSnapshotHasIsNamedWhenReadBack() {
    HostHealthJson json = HostHealthJson.from(new HealthReport(sample(), Map.of()));
    HostHealthJson wrong =
        WireJson.MAPPER.readValue(
            WireJson.write(json).replace("\"UpgradeFailed\"", "\"Sleeping\""),
            HostHealthJson.class);

    assertThatThrownBy(wrong::toReport)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status: unknown Sleeping");
  }

  @Test
  void theCycleDurationTravelsInMilliseconds() {
    String json = WireJson.write(HostHealthJson.from(new HealthReport(sample(), Map.of())));

    assertThat(WireJson.MAPPER.readTree(json).get("cycleDurationMs").asLong()).isEqualTo(912);
  }

  @Test
  void everyResultWritesItsMeasurementsWithAbsentBoundsAsNull() {
    String json = WireJson.write(HostHealthJson.from(new HealthReport(sample(), Map.of())));
    var results = WireJson.MAPPER.readTree(json).get("sessionHostHealthCheckResults");

    assertThat(results.get(0).get("measurements").isArray()).isTrue();
    assertThat(results.get(0).get("measurements").size()).isZero();
    var time = results.get(1).get("measurements").get(1);
    assertThat(time.get("label").asString()).isEqualTo("time");
    assertThat(time.get("value").asDouble()).isEqualTo(0.004);
    assertThat(time.get("warn").asString()).isEmpty();
    assertThat(time.get("min").isNull()).isTrue();
    assertThat(time.get("max").isNull()).isTrue();
    assertThat(results.get(1).get("measurements").get(0).get("max").asDouble()).isEqualTo(100);
  }

  @Test
  void aSnapshotWrittenBeforeMeasurementsReadsBackWithoutThem() {
    HostHealthJson json = HostHealthJson.from(new HealthReport(sample(), Map.of()));
    String old = WireJson.write(json).replaceAll("(?s),\\s*\"measurements\": \\[[^\\]]*\\]", "");

    HealthReport back = WireJson.MAPPER.readValue(old, HostHealthJson.class).toReport();

    assertThat(old).doesNotContain("measurements");
    assertThat(back.health().results()).allSatisfy(r -> assertThat(r.measurements()).isEmpty());
  }

  @Test
  void anInfiniteMeasurementSurvivesTheRoundTrip() {
    HostHealth health = sample();
    CheckResult endless =
        health
            .results()
            .get(0)
            .withMeasurements(List.of(Measurement.of("wait", Double.POSITIVE_INFINITY, "s")));
    HostHealth withEndless =
        new HostHealth(
            health.hostName(),
            health.status(),
            health.statusTimestamp(),
            health.assessedAt(),
            health.reasons(),
            List.of(endless),
            health.update(),
            health.pluginProblems(),
            health.cycleDuration());
    String json = WireJson.write(HostHealthJson.from(new HealthReport(withEndless, Map.of())));

    HealthReport back = WireJson.MAPPER.readValue(json, HostHealthJson.class).toReport();

    assertThat(back.health().results().get(0).measurements()).isEqualTo(endless.measurements());
  }
}
