package dev.sessionhost.domain.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.domain.pool.ShownStatus.Basis;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the broker shows for a host, from its registration, its last report and that report's age.
 */
class HeartbeatPolicyTest {

  private static final Instant REGISTERED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant HEARD = REGISTERED.plusSeconds(60);
  private static final Duration TIMEOUT = HeartbeatPolicy.DEFAULT_TIMEOUT;
  private static final SessionHostKey KEY = new SessionHostKey("default", "host-1");

  private final HeartbeatPolicy policy = new HeartbeatPolicy(TIMEOUT);

  private static HostHealth health(SessionHostStatus status, Instant at) {
    return HostHealth.first(
        "host-1", new StatusDecision(status, List.of(), List.of()), UpdateStatus.INITIAL, at);
  }

  private static Heartbeat heartbeat(long sequence, SessionHostStatus status, Instant at) {
    return new Heartbeat(sequence, health(status, at), 0, "1.0", "Linux");
  }

  private static RegisteredHost reported(SessionHostStatus status) {
    return RegisteredHost.registered(KEY, REGISTERED)
        .reported(heartbeat(1, status, HEARD), HEARD, HEARD);
  }

  static Stream<Arguments> table() {
    Duration justFresh = TIMEOUT;
    Duration justSilent = TIMEOUT.plusMillis(1);
    Duration longSilent = Duration.ofDays(3);
    return Stream.of(
        // last report, its age -> shown status, basis
        Arguments.of(
            SessionHostStatus.AVAILABLE,
            Duration.ZERO,
            SessionHostStatus.AVAILABLE,
            Basis.REPORTED),
        Arguments.of(
            SessionHostStatus.AVAILABLE, justFresh, SessionHostStatus.AVAILABLE, Basis.REPORTED),
        Arguments.of(
            SessionHostStatus.AVAILABLE,
            justSilent,
            SessionHostStatus.UNAVAILABLE,
            Basis.NO_HEARTBEAT),
        Arguments.of(
            SessionHostStatus.NEEDS_ASSISTANCE,
            justFresh,
            SessionHostStatus.NEEDS_ASSISTANCE,
            Basis.REPORTED),
        Arguments.of(
            SessionHostStatus.NEEDS_ASSISTANCE,
            justSilent,
            SessionHostStatus.UNAVAILABLE,
            Basis.NO_HEARTBEAT),
        Arguments.of(
            SessionHostStatus.UPGRADING,
            justSilent,
            SessionHostStatus.UNAVAILABLE,
            Basis.NO_HEARTBEAT),
        Arguments.of(
            SessionHostStatus.UPGRADE_FAILED,
            justFresh,
            SessionHostStatus.UPGRADE_FAILED,
            Basis.REPORTED),
        Arguments.of(
            SessionHostStatus.UNAVAILABLE,
            justFresh,
            SessionHostStatus.UNAVAILABLE,
            Basis.REPORTED),
        Arguments.of(
            SessionHostStatus.UNAVAILABLE,
            justSilent,
            SessionHostStatus.UNAVAILABLE,
            Basis.NO_HEARTBEAT),
        Arguments.of(
            SessionHostStatus.SHUTDOWN, Duration.ZERO, SessionHostStatus.SHUTDOWN, Basis.REPORTED),
        Arguments.of(
            SessionHostStatus.SHUTDOWN, longSilent, SessionHostStatus.SHUTDOWN, Basis.REPORTED));
  }

  @ParameterizedTest(name = "{0} heard {1} ago shows {2} ({3})")
  @MethodSource("table")
  void showsTheReportWhileFreshAndUnavailableOnceSilentExceptAShutdown(
      SessionHostStatus reported, Duration age, SessionHostStatus shown, Basis basis) {
    ShownStatus status = policy.show(reported(reported), HEARD.plus(age));

    assertThat(status.status()).isEqualTo(shown);
    assertThat(status.basis()).isEqualTo(basis);
  }

  @Test
  void aHostThatNeverReportedIsUnavailableSinceItRegistered() {
    ShownStatus status =
        policy.show(RegisteredHost.registered(KEY, REGISTERED), REGISTERED.plusSeconds(5));

    assertThat(status.status()).isEqualTo(SessionHostStatus.UNAVAILABLE);
    assertThat(status.basis()).isEqualTo(Basis.NEVER_REPORTED);
    assertThat(status.since()).isEqualTo(REGISTERED);
    assertThat(status.reasons())
        .singleElement()
        .satisfies(r -> assertThat(r.remediation()).isNotBlank());
  }

  @Test
  void aSilentHostIsUnavailableSinceTheTimeoutRanOutWithAReasonThatSaysSo() {
    ShownStatus status = policy.show(reported(SessionHostStatus.AVAILABLE), HEARD.plusSeconds(600));

    assertThat(status.since()).isEqualTo(HEARD.plus(TIMEOUT));
    assertThat(status.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.message()).contains(HEARD.toString());
              assertThat(r.remediation()).isNotBlank();
            });
  }

  @Test
  void freshSinceIsTheOldestHeartbeatThatStillCounts() {
    Instant now = HEARD.plus(TIMEOUT);

    assertThat(policy.freshSince(now)).isEqualTo(HEARD);
    assertThat(policy.show(reported(SessionHostStatus.AVAILABLE), now).basis())
        .isEqualTo(Basis.REPORTED);
  }

  @Test
  void theFirstHeartbeatEndsNeverReportedAsOneChange() {
    RegisteredHost before = RegisteredHost.registered(KEY, REGISTERED);

    HeartbeatPolicy.Arrival arrival =
        policy.arrive(before, heartbeat(7, SessionHostStatus.AVAILABLE, HEARD), HEARD);

    assertThat(arrival.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.from()).isEqualTo(SessionHostStatus.UNAVAILABLE);
              assertThat(c.to()).isEqualTo(SessionHostStatus.AVAILABLE);
              assertThat(c.sequence()).isEqualTo(7);
            });
    assertThat(arrival.host().lastSequence()).isEqualTo(7);
    assertThat(arrival.host().lastHeartbeatAt()).contains(HEARD);
  }

  @Test
  void aHeartbeatThatChangesNothingRecordsNoChangeAndKeepsTheSince() {
    Instant later = HEARD.plusSeconds(30);

    HeartbeatPolicy.Arrival arrival =
        policy.arrive(
            reported(SessionHostStatus.AVAILABLE),
            heartbeat(2, SessionHostStatus.AVAILABLE, later),
            later);

    assertThat(arrival.changes()).isEmpty();
    assertThat(arrival.host().reportedSince()).contains(HEARD);
  }

  @Test
  void aReturnFromSilenceRecordsTheSilenceAndTheReturnInOrder() {
    Instant back = HEARD.plusSeconds(600);

    HeartbeatPolicy.Arrival arrival =
        policy.arrive(
            reported(SessionHostStatus.AVAILABLE),
            heartbeat(2, SessionHostStatus.AVAILABLE, back),
            back);

    assertThat(arrival.changes())
        .extracting(HostStatusChange::basis)
        .containsExactly(Basis.NO_HEARTBEAT, Basis.REPORTED);
    assertThat(arrival.changes())
        .extracting(HostStatusChange::at)
        .containsExactly(HEARD.plus(TIMEOUT), back);
  }

  @Test
  void aStatusChangeIsDatedByTheHost() {
    Instant changedOnHost = HEARD.plusSeconds(20);
    Instant arrived = HEARD.plusSeconds(21);

    HeartbeatPolicy.Arrival arrival =
        policy.arrive(
            reported(SessionHostStatus.AVAILABLE),
            heartbeat(2, SessionHostStatus.NEEDS_ASSISTANCE, changedOnHost),
            arrived);

    assertThat(arrival.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.to()).isEqualTo(SessionHostStatus.NEEDS_ASSISTANCE);
              assertThat(c.at()).isEqualTo(changedOnHost);
            });
  }

  @Test
  void aRepeatedOrOlderHeartbeatIsRefused() {
    RegisteredHost host = reported(SessionHostStatus.AVAILABLE);

    assertThatThrownBy(
            () -> policy.arrive(host, heartbeat(1, SessionHostStatus.AVAILABLE, HEARD), HEARD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not newer");
  }

  @ParameterizedTest(name = "{0} heard {1} ago")
  @MethodSource("table")
  void theNextArrivalOfAHostsEssentialsIsTheArrivalOfTheWholeHost(
      SessionHostStatus reported, Duration age, SessionHostStatus shown, Basis basis) {
    StatusReason why =
        new AgentCondition(AgentCondition.Kind.NO_HEARTBEAT, "a reason", "a remediation");
    HostHealth detailed =
        HostHealth.first(
            "host-1",
            new StatusDecision(reported, List.of(why), List.of()),
            UpdateStatus.INITIAL,
            HEARD);
    RegisteredHost before =
        RegisteredHost.registered(KEY, REGISTERED)
            .withSettings(false, "friendly", "someone")
            .reported(new Heartbeat(4, detailed, 2, "1.0", "Linux"), HEARD, HEARD.minusSeconds(5));
    RegisteredHost essentials = policy.essentials(before);

    assertThat(essentials.lastReport().orElseThrow().health().reasons()).isEmpty();
    for (SessionHostStatus next : SessionHostStatus.values()) {
      Heartbeat heartbeat = heartbeat(5, next, HEARD.plus(age).minusMillis(1));
      assertThat(policy.arrive(essentials, heartbeat, HEARD.plus(age)))
          .isEqualTo(policy.arrive(before, heartbeat, HEARD.plus(age)));
    }
    RegisteredHost never = RegisteredHost.registered(KEY, REGISTERED);
    assertThat(policy.essentials(never)).isEqualTo(never);
  }

  @Test
  void aTimeoutMustBePositive() {
    assertThatThrownBy(() -> new HeartbeatPolicy(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
