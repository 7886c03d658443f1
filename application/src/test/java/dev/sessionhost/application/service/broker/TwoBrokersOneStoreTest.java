package dev.sessionhost.application.service.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerException.Code;
import dev.sessionhost.application.port.in.broker.HeartbeatReceipt;
import dev.sessionhost.application.port.in.broker.HostCredential;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenCommand;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatCommand;
import dev.sessionhost.application.port.in.broker.RegisterHostCommand;
import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two brokers on one store, each remembering the hosts it stored last: what one broker does is seen
 * by the other, whatever it remembers.
 */
class TwoBrokersOneStoreTest {

  private final MutableClock clock = MutableClock.at("2026-12-01T10:00:00Z");
  private final InMemoryBrokerStore store = new InMemoryBrokerStore();
  private final HeartbeatPolicy policy = new HeartbeatPolicy(Duration.ofSeconds(90));
  private final HeartbeatService one = new HeartbeatService(store, policy, clock);
  private final HeartbeatService two = new HeartbeatService(store, policy, clock);
  private final SessionHostQueryService queries = new SessionHostQueryService(store, policy, clock);
  private final SessionHostAdminService admin = new SessionHostAdminService(store, queries);

  private HostCredential register(String name) {
    String token =
        new RegistrationTokenService(store, store, clock)
            .issue(new IssueRegistrationTokenCommand("default", Duration.ofHours(24)))
            .token();
    return new HostRegistrationService(store, store, clock)
        .register(new RegisterHostCommand(token, name));
  }

  private HeartbeatReceipt send(
      HeartbeatService broker, HostCredential host, long sequence, SessionHostStatus status) {
    HostHealth health =
        HostHealth.first(
            host.host().name(),
            new StatusDecision(status, List.of(), List.of()),
            UpdateStatus.INITIAL,
            clock.instant());
    return broker.record(
        new RecordHeartbeatCommand(
            host.credential(), new Heartbeat(sequence, health, 0, "1.0", "Linux")));
  }

  private static void assertCode(Runnable action, Code code) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void aRememberedHostIsWrittenWithoutReadingItFirst() {
    HostCredential host = register("host-1");
    send(one, host, 1, SessionHostStatus.AVAILABLE);
    int reads = store.credentialReads;

    send(one, host, 2, SessionHostStatus.AVAILABLE);
    send(one, host, 3, SessionHostStatus.NEEDS_ASSISTANCE);

    assertThat(store.credentialReads).isEqualTo(reads);
    assertThat(queries.history(host.host(), 10))
        .extracting(c -> c.to())
        .containsExactly(SessionHostStatus.AVAILABLE, SessionHostStatus.NEEDS_ASSISTANCE);
  }

  @Test
  void aHostDeletedThroughAnotherBrokerIsRefusedThoughRemembered() {
    HostCredential host = register("host-1");
    send(one, host, 1, SessionHostStatus.AVAILABLE);
    admin.delete(host.host());

    assertCode(() -> send(one, host, 2, SessionHostStatus.AVAILABLE), Code.INVALID_CREDENTIAL);
    // a repeat is not answered from memory either
    assertCode(() -> send(one, host, 1, SessionHostStatus.AVAILABLE), Code.INVALID_CREDENTIAL);
  }

  @Test
  void aHostRegisteredAnewUnderItsNameRefusesTheOldCredential() {
    HostCredential old = register("host-1");
    send(one, old, 1, SessionHostStatus.AVAILABLE);
    admin.delete(old.host());
    HostCredential fresh = register("host-1");
    send(two, fresh, 1, SessionHostStatus.AVAILABLE);

    assertCode(
        () -> send(one, old, 2, SessionHostStatus.NEEDS_ASSISTANCE), Code.INVALID_CREDENTIAL);
    assertThat(store.find(fresh.host()).orElseThrow().lastReport().orElseThrow().health().status())
        .isEqualTo(SessionHostStatus.AVAILABLE);
  }

  @Test
  void changesThroughBothBrokersAreEachKeptOnceInOrder() {
    HostCredential host = register("host-1");
    send(one, host, 1, SessionHostStatus.AVAILABLE);
    send(two, host, 2, SessionHostStatus.NEEDS_ASSISTANCE);

    // one remembers sequence 1 and Available: its write must fail and be decided again
    HeartbeatReceipt third = send(one, host, 3, SessionHostStatus.AVAILABLE);
    HeartbeatReceipt repeat = send(one, host, 2, SessionHostStatus.NEEDS_ASSISTANCE);

    assertThat(third.repeated()).isFalse();
    assertThat(repeat.repeated()).isTrue();
    assertThat(queries.history(host.host(), 10))
        .extracting(c -> c.from() + ">" + c.to())
        .containsExactly(
            "UNAVAILABLE>AVAILABLE", "AVAILABLE>NEEDS_ASSISTANCE", "NEEDS_ASSISTANCE>AVAILABLE");
  }

  @Test
  void aBrokerRemembersAtMostItsCapacityOfHosts() {
    RecentHosts recent = new RecentHosts(2);
    HostCredential a = register("host-a");
    send(one, a, 1, SessionHostStatus.AVAILABLE);
    var stored = store.find(a.host()).orElseThrow();

    recent.remember("h1", stored);
    recent.remember("h2", stored);
    recent.remember("h3", stored);

    assertThat(recent.size()).isEqualTo(2);
  }
}
