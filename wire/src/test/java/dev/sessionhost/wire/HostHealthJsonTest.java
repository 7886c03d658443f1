package dev.sessionhost.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
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
import org.junit.jupiter.api.Test;

class HostHealthJsonTest {

  private static final Instant AT = Instant.parse("2026-11-24T07:30:01.250Z");
  private static final CheckId DOMAIN = CheckId.of("DomainTrustCheck");
  private static final CheckId PACKAGES = CheckId.of("AppAttachHealthCheck");

  private static HostHealth sample() {
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
            Optional.of(FailureEffect.NONE));
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
}
