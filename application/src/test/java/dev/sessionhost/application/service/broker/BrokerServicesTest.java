package dev.sessionhost.application.service.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerException.Code;
import dev.sessionhost.application.port.in.broker.HeartbeatReceipt;
import dev.sessionhost.application.port.in.broker.HostCredential;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenCommand;
import dev.sessionhost.application.port.in.broker.IssuedToken;
import dev.sessionhost.application.port.in.broker.ListSessionHostsCommand;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatCommand;
import dev.sessionhost.application.port.in.broker.RegisterHostCommand;
import dev.sessionhost.application.port.in.broker.SessionHostPage;
import dev.sessionhost.application.port.in.broker.SessionHostView;
import dev.sessionhost.application.port.in.broker.UpdateSessionHostCommand;
import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.application.port.out.broker.PowerStatePort;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.pool.ShownStatus.Basis;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The broker's services over an in-memory store: registration, heartbeats, queries, admin. */
class BrokerServicesTest {

  private final MutableClock clock = MutableClock.at("2026-12-01T10:00:00Z");
  private final InMemoryBrokerStore store = new InMemoryBrokerStore();
  private final HeartbeatPolicy policy = new HeartbeatPolicy(Duration.ofSeconds(90));
  private final RegistrationTokenService tokens = new RegistrationTokenService(store, store, clock);
  private final HostRegistrationService registration =
      new HostRegistrationService(store, store, clock);
  private final HeartbeatService heartbeats = new HeartbeatService(store, policy, clock);
  private final SessionHostQueryService queries = new SessionHostQueryService(store, policy, clock);
  private final SessionHostAdminService admin = new SessionHostAdminService(store, queries);

  private IssuedToken token() {
    return tokens.issue(new IssueRegistrationTokenCommand("default", Duration.ofHours(24)));
  }

  private HostCredential register(String name) {
    return registration.register(new RegisterHostCommand(token().token(), name));
  }

  private Heartbeat heartbeat(String name, long sequence, SessionHostStatus status) {
    HostHealth health =
        HostHealth.first(
            name,
            new StatusDecision(status, List.of(), List.of()),
            UpdateStatus.INITIAL,
            clock.instant());
    return new Heartbeat(sequence, health, 0, "1.0", "Linux");
  }

  private HeartbeatReceipt send(HostCredential host, long sequence, SessionHostStatus status) {
    return heartbeats.record(
        new RecordHeartbeatCommand(
            host.credential(), heartbeat(host.host().name(), sequence, status)));
  }

  private static void assertCode(Runnable action, Code code) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void aTokenAndACredentialAreLongRandomAndStoredOnlyAsHashes() {
    IssuedToken issued = token();
    HostCredential host = registration.register(new RegisterHostCommand(issued.token(), "host-1"));

    assertThat(issued.token()).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64url
    assertThat(host.credential()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(issued.token());
    assertThat(store.find(issued.token())).isEmpty();
    assertThat(store.credentialHashOf(host.host())).get().isNotEqualTo(host.credential());
    assertThat(issued.toString()).doesNotContain(issued.token());
  }

  @Test
  void aTokenLivesBetweenAnHourAnd27DaysInAPoolThatExists() {
    assertCode(
        () -> tokens.issue(new IssueRegistrationTokenCommand("default", Duration.ofMinutes(59))),
        Code.INVALID_REQUEST);
    assertCode(
        () -> tokens.issue(new IssueRegistrationTokenCommand("default", Duration.ofDays(28))),
        Code.INVALID_REQUEST);
    assertCode(
        () -> tokens.issue(new IssueRegistrationTokenCommand("nope", Duration.ofDays(1))),
        Code.POOL_NOT_FOUND);
  }

  @Test
  void registrationRefusesAWrongAnExpiredOrAReusedName() {
    IssuedToken issued = token();
    registration.register(new RegisterHostCommand(issued.token(), "host-1"));

    assertCode(
        () -> registration.register(new RegisterHostCommand("not-a-token", "host-2")),
        Code.INVALID_REGISTRATION_TOKEN);
    assertCode(
        () -> registration.register(new RegisterHostCommand(issued.token(), "host-1")),
        Code.NAME_ALREADY_REGISTERED);
    clock.advance(Duration.ofHours(24));
    assertCode(
        () -> registration.register(new RegisterHostCommand(issued.token(), "host-3")),
        Code.EXPIRED_MACHINE_TOKEN);
  }

  @Test
  void aRegisteredHostIsUnavailableUntilItsFirstHeartbeat() {
    HostCredential host = register("host-1");

    assertThat(queries.get(host.host()).shown().basis()).isEqualTo(Basis.NEVER_REPORTED);
    send(host, 1, SessionHostStatus.AVAILABLE);
    assertThat(queries.get(host.host()).shown().status()).isEqualTo(SessionHostStatus.AVAILABLE);
  }

  @Test
  void aRepeatedHeartbeatIsAcknowledgedAndChangesNothing() {
    HostCredential host = register("host-1");
    send(host, 5, SessionHostStatus.AVAILABLE);

    HeartbeatReceipt again = send(host, 5, SessionHostStatus.NEEDS_ASSISTANCE);

    assertThat(again.repeated()).isTrue();
    assertThat(queries.get(host.host()).shown().status()).isEqualTo(SessionHostStatus.AVAILABLE);
    assertThat(queries.history(host.host(), 10)).hasSize(1);
  }

  @Test
  void aLostRaceIsRetriedFromAFreshRead() {
    HostCredential host = register("host-1");
    store.racesToLose = 2;

    HeartbeatReceipt receipt = send(host, 1, SessionHostStatus.AVAILABLE);

    assertThat(receipt.repeated()).isFalse();
    assertThat(store.find(host.host()).orElseThrow().lastSequence()).isEqualTo(1);
  }

  @Test
  void onlyAPlainHeartbeatOfARememberedHostIsRecordedWithoutReading() {
    HostCredential host = register("host-1");
    RecordHeartbeatCommand first =
        new RecordHeartbeatCommand(
            host.credential(), heartbeat("host-1", 1, SessionHostStatus.AVAILABLE));

    // not remembered yet: nothing written, the caller is to record it (which reads)
    assertThat(heartbeats.recordWithoutReading(first)).isCompletedWithValue(Optional.empty());
    assertThat(store.find(host.host()).orElseThrow().lastSequence()).isZero();
    heartbeats.record(first);
    int reads = store.credentialReads;

    RecordHeartbeatCommand second =
        new RecordHeartbeatCommand(
            host.credential(), heartbeat("host-1", 2, SessionHostStatus.NEEDS_ASSISTANCE));
    Optional<HeartbeatReceipt> receipt = heartbeats.recordWithoutReading(second).join();

    assertThat(receipt).get().extracting(HeartbeatReceipt::repeated).isEqualTo(false);
    assertThat(receipt.get().shown().status()).isEqualTo(SessionHostStatus.NEEDS_ASSISTANCE);
    assertThat(store.credentialReads).isEqualTo(reads);
    // a repeat, and a report for another host, are decided on the stored host: not here
    assertThat(heartbeats.recordWithoutReading(second)).isCompletedWithValue(Optional.empty());
    assertThat(
            heartbeats.recordWithoutReading(
                new RecordHeartbeatCommand(
                    host.credential(), heartbeat("host-2", 3, SessionHostStatus.AVAILABLE))))
        .isCompletedWithValue(Optional.empty());
    // a write the store refuses (another broker came first) leaves it to record
    store.racesToLose = 1;
    assertThat(
            heartbeats.recordWithoutReading(
                new RecordHeartbeatCommand(
                    host.credential(), heartbeat("host-1", 3, SessionHostStatus.AVAILABLE))))
        .isCompletedWithValue(Optional.empty());
    assertThat(store.find(host.host()).orElseThrow().lastSequence()).isEqualTo(2);
    assertThat(store.credentialReads).isEqualTo(reads);
  }

  @Test
  void theHeartbeatAsSentGoesToTheStoreWithItsArrival() {
    HostCredential host = register("host-1");
    Heartbeat first = heartbeat("host-1", 1, SessionHostStatus.AVAILABLE);

    heartbeats.record(
        new RecordHeartbeatCommand(host.credential(), first, Optional.of("{\"sequence\":1}")));
    assertThat(store.lastAsSent).contains("{\"sequence\":1}");

    send(host, 2, SessionHostStatus.AVAILABLE);
    assertThat(store.lastAsSent).isEmpty();
  }

  @Test
  void aHeartbeatNeedsACredentialAndMayOnlySpeakForItsOwnHost() {
    HostCredential one = register("host-1");
    register("host-2");

    assertCode(
        () ->
            heartbeats.record(
                new RecordHeartbeatCommand(
                    "stolen", heartbeat("host-1", 1, SessionHostStatus.AVAILABLE))),
        Code.INVALID_CREDENTIAL);
    assertCode(
        () ->
            heartbeats.record(
                new RecordHeartbeatCommand(
                    one.credential(), heartbeat("host-2", 1, SessionHostStatus.AVAILABLE))),
        Code.FORBIDDEN);
  }

  @Test
  void aSilentHostIsShownUnavailableAndItsHistorySaysWhen() {
    HostCredential host = register("host-1");
    send(host, 1, SessionHostStatus.AVAILABLE);

    clock.advance(Duration.ofSeconds(91));

    assertThat(queries.get(host.host()).shown().basis()).isEqualTo(Basis.NO_HEARTBEAT);
    assertThat(queries.history(host.host(), 10))
        .extracting(c -> c.to() + "/" + c.basis())
        .containsExactly("AVAILABLE/REPORTED", "UNAVAILABLE/NO_HEARTBEAT");
    assertThat(
            queries
                .list(
                    new ListSessionHostsCommand(
                        "default",
                        Optional.of(SessionHostStatus.UNAVAILABLE),
                        Optional.empty(),
                        Optional.empty(),
                        10))
                .hosts())
        .hasSize(1);
    assertThat(queries.countByPoolAndStatus().get("default"))
        .containsEntry(SessionHostStatus.UNAVAILABLE, 1L)
        .containsEntry(SessionHostStatus.AVAILABLE, 0L);
  }

  @Test
  void aShutdownStaysShutdownHoweverLongTheSilence() {
    HostCredential host = register("host-1");
    send(host, 1, SessionHostStatus.SHUTDOWN);

    clock.advance(Duration.ofDays(2));

    assertThat(queries.get(host.host()).shown().status()).isEqualTo(SessionHostStatus.SHUTDOWN);
  }

  @Test
  void thePowerStateIsShownBesideTheStatusAndNeverChangesIt() {
    HostCredential off = register("off-1");
    HostCredential on = register("on-1");
    send(off, 1, SessionHostStatus.SHUTDOWN);
    send(on, 1, SessionHostStatus.AVAILABLE);
    List<Collection<SessionHostKey>> asked = new ArrayList<>();
    PowerStatePort power =
        hosts -> {
          asked.add(List.copyOf(hosts));
          return Map.of(off.host(), PowerState.DEALLOCATED);
        };
    SessionHostQueryService withPower = new SessionHostQueryService(store, policy, clock, power);

    SessionHostPage page =
        withPower.list(
            new ListSessionHostsCommand(
                "default", Optional.empty(), Optional.empty(), Optional.empty(), 10));

    assertThat(page.hosts())
        .extracting(
            v -> v.host().key().name(), v -> v.shown().status(), SessionHostView::powerState)
        .containsExactly(
            tuple("off-1", SessionHostStatus.SHUTDOWN, PowerState.DEALLOCATED),
            tuple("on-1", SessionHostStatus.AVAILABLE, PowerState.UNKNOWN));
    assertThat(asked).as("the page's hosts are asked together").hasSize(1);
    assertThat(asked.get(0)).containsExactlyInAnyOrder(off.host(), on.host());
    assertThat(withPower.get(off.host()).powerState()).isEqualTo(PowerState.DEALLOCATED);
    assertThat(queries.get(off.host()).powerState())
        .as("without a source")
        .isEqualTo(PowerState.UNKNOWN);
  }

  @Test
  void pagesFollowOneAnotherInNameOrder() {
    for (int i = 0; i < 5; i++) {
      register("host-" + i);
    }

    SessionHostPage first =
        queries.list(
            new ListSessionHostsCommand(
                "default", Optional.empty(), Optional.empty(), Optional.empty(), 2));
    SessionHostPage last =
        queries.list(
            new ListSessionHostsCommand(
                "default", Optional.empty(), Optional.empty(), Optional.of("host-3"), 2));

    assertThat(first.hosts())
        .extracting(v -> v.host().key().name())
        .containsExactly("host-0", "host-1");
    assertThat(first.continueAfter()).contains("host-1");
    assertThat(last.hosts()).extracting(v -> v.host().key().name()).containsExactly("host-4");
    assertThat(last.continueAfter()).isEmpty();
  }

  @Test
  void drainModeAndNamesAreSetAndADeletedHostIsGone() {
    HostCredential host = register("host-1");

    admin.update(
        new UpdateSessionHostCommand(
            host.host(), Optional.of(false), Optional.of("Front desk"), Optional.empty()));

    assertThat(queries.get(host.host()).host().allowNewSession()).isFalse();
    assertThat(queries.get(host.host()).host().friendlyName()).isEqualTo("Front desk");
    admin.delete(host.host());
    assertCode(() -> queries.get(host.host()), Code.HOST_NOT_FOUND);
    assertCode(() -> send(host, 1, SessionHostStatus.AVAILABLE), Code.INVALID_CREDENTIAL);
    assertCode(() -> admin.delete(new SessionHostKey("default", "host-1")), Code.HOST_NOT_FOUND);
  }

  @Test
  void theBrokerIsHealthyWhileItsStoreAnswers() {
    assertThat(new BrokerHealthService(store).problem()).isEmpty();
  }
}
