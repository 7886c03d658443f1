package dev.sessionhost.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.pool.HostPool;
import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.RegistrationToken;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.pool.ShownStatus.Basis;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HeartbeatJson;
import dev.sessionhost.wire.WireJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.SerializationFeature;

/** What every broker store must do, run against each database the broker supports. */
abstract class BrokerStoreContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  static final HeartbeatPolicy POLICY = new HeartbeatPolicy(Duration.ofSeconds(90));

  @TempDir Path stateDir;

  BrokerDatabase database;
  JdbcSessionHostRepository hosts;

  /** The settings of a fresh, empty database. */
  abstract DatabaseSettings settings(Path stateDir) throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = BrokerDatabase.open(settings(stateDir));
    hosts = database.sessionHosts();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  static SessionHostKey key(String name) {
    return new SessionHostKey(HostPool.DEFAULT, name);
  }

  static Heartbeat heartbeat(String name, long sequence, SessionHostStatus status, Instant at) {
    HostHealth health =
        HostHealth.first(
            name, new StatusDecision(status, List.of(), List.of()), UpdateStatus.INITIAL, at);
    return new Heartbeat(sequence, health, 3, "1.0", "Linux 6");
  }

  /** A host's health at T0: NeedsAssistance with these results. */
  static HostHealth needingAssistance(String name, List<CheckResult> results) {
    return new HostHealth(
        name,
        SessionHostStatus.NEEDS_ASSISTANCE,
        T0,
        T0,
        List.of(),
        results,
        UpdateStatus.INITIAL,
        List.of(),
        Duration.ofMillis(20));
  }

  RegisteredHost register(String name) {
    RegisteredHost host = RegisteredHost.registered(key(name), T0);
    assertThat(hosts.add(host, "hash-" + name)).isTrue();
    return host;
  }

  /** Records a heartbeat as the service does; returns the host as stored after it. */
  RegisteredHost beat(String name, long sequence, SessionHostStatus status, Instant at) {
    return beat(name, sequence, status, at, "hash-" + name);
  }

  RegisteredHost beat(
      String name, long sequence, SessionHostStatus status, Instant at, String credentialHash) {
    RegisteredHost before = hosts.find(key(name)).orElseThrow();
    HeartbeatPolicy.Arrival arrival =
        POLICY.arrive(before, heartbeat(name, sequence, status, at), at);
    assertThat(
            hosts
                .recordArrival(
                    arrival.host(),
                    Optional.empty(),
                    credentialHash,
                    before.lastSequence(),
                    arrival.changes())
                .join())
        .isTrue();
    return hosts.find(key(name)).orElseThrow();
  }

  /** What a heartbeat arriving at {@code at} makes of {@code before}. */
  static HeartbeatPolicy.Arrival arrival(
      RegisteredHost before, long sequence, SessionHostStatus status, Instant at) {
    return POLICY.arrive(before, heartbeat(before.key().name(), sequence, status, at), at);
  }

  List<String> names(Optional<SessionHostStatus> status, Instant now) {
    return hosts
        .list(
            HostPool.DEFAULT,
            status,
            Optional.empty(),
            Optional.empty(),
            1000,
            POLICY.freshSince(now))
        .stream()
        .map(h -> h.key().name())
        .toList();
  }

  @Test
  void theDefaultPoolIsThere() {
    assertThat(hosts.pools()).extracting(HostPool::name).contains(HostPool.DEFAULT);
    assertThat(hosts.pool(HostPool.DEFAULT)).isPresent();
    assertThat(hosts.pool("nope")).isEmpty();
  }

  @Test
  void aHostIsAddedOnceAndFoundByKeyAndByCredential() {
    register("host-1");

    assertThat(hosts.add(RegisteredHost.registered(key("host-1"), T0), "other")).isFalse();
    assertThat(hosts.find(key("host-1")))
        .get()
        .extracting(RegisteredHost::registeredAt)
        .isEqualTo(T0);
    assertThat(hosts.findByCredential("hash-host-1"))
        .get()
        .extracting(RegisteredHost::key)
        .isEqualTo(key("host-1"));
    assertThat(hosts.findByCredential("hash-nobody")).isEmpty();
  }

  @Test
  void anArrivalIsStoredWholeAndOnlyOnTheSequenceItFollows() {
    register("host-1");
    RegisteredHost after = beat("host-1", 5, SessionHostStatus.NEEDS_ASSISTANCE, T0.plusSeconds(1));

    assertThat(after.lastSequence()).isEqualTo(5);
    assertThat(after.lastReport().orElseThrow().health().status())
        .isEqualTo(SessionHostStatus.NEEDS_ASSISTANCE);
    assertThat(after.lastReport().orElseThrow().sessions()).isEqualTo(3);
    assertThat(after.lastHeartbeatAt()).contains(T0.plusSeconds(1));
    HeartbeatPolicy.Arrival stale =
        arrival(after, 6, SessionHostStatus.AVAILABLE, T0.plusSeconds(2));
    assertThat(
            hosts
                .recordArrival(stale.host(), Optional.empty(), "hash-host-1", 4, stale.changes())
                .join())
        .isFalse();
    assertThat(hosts.find(key("host-1")).orElseThrow().lastSequence()).isEqualTo(5);
  }

  @Test
  void aHeartbeatKeptAsSentReadsBackAsTheHeartbeat() {
    RegisteredHost before = register("host-1");
    CheckId disk = CheckId.of("disk");
    CheckResult configured =
        CheckResult.failed(disk, 7, "full", Map.of("free", "1%"), T0, Duration.ofMillis(4));
    CheckResult judged =
        new CheckResult(
            CheckId.of("dns"),
            CheckOutcome.FAILED,
            9,
            "no answer",
            Map.of(),
            T0,
            Duration.ofMillis(12),
            Optional.of(FailureEffect.NEEDS_ASSISTANCE));
    HostHealth health = needingAssistance("host-1", List.of(configured, judged));
    Heartbeat heartbeat = new Heartbeat(1, health, 2, "1.0", "Linux 6");
    // as an agent sends it: with the disk check's configured effect, and a field from a later
    // version that this broker does not know
    String asSent =
        WireJson.MAPPER
            .writer()
            .without(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(
                HeartbeatJson.from(
                    heartbeat, new HealthReport(health, Map.of(disk, FailureEffect.UNAVAILABLE))))
            .replaceFirst("\\{", "{\"fromALaterAgent\":[1,2],");
    assertThat(asSent).contains("\"effect\":\"UNAVAILABLE\"", "fromALaterAgent");
    HeartbeatPolicy.Arrival arrival = POLICY.arrive(before, heartbeat, T0);

    assertThat(
            hosts
                .recordArrival(
                    arrival.host(), Optional.of(asSent), "hash-host-1", 0, arrival.changes())
                .join())
        .isTrue();

    assertThat(hosts.find(key("host-1")).orElseThrow().lastReport()).contains(heartbeat);
  }

  @Test
  void anArrivalIsStoredOnlyWithTheCredentialTheHostHasNow() {
    register("host-1");
    RegisteredHost after = beat("host-1", 5, SessionHostStatus.AVAILABLE, T0.plusSeconds(1));
    // deleted and registered anew: same name and pool, another credential
    assertThat(hosts.delete(key("host-1"))).isTrue();
    assertThat(hosts.add(RegisteredHost.registered(key("host-1"), T0), "hash-new")).isTrue();
    beat("host-1", 5, SessionHostStatus.AVAILABLE, T0.plusSeconds(2), "hash-new");

    HeartbeatPolicy.Arrival old =
        arrival(after, 6, SessionHostStatus.NEEDS_ASSISTANCE, T0.plusSeconds(3));
    assertThat(
            hosts
                .recordArrival(old.host(), Optional.empty(), "hash-host-1", 5, old.changes())
                .join())
        .isFalse();
    RegisteredHost stored = hosts.find(key("host-1")).orElseThrow();
    assertThat(stored.lastSequence()).isEqualTo(5);
    assertThat(stored.lastReport().orElseThrow().health().status())
        .isEqualTo(SessionHostStatus.AVAILABLE);
  }

  @Test
  void theHistoryKeepsEveryChangeInOrderAndTheLatestWhenLimited() {
    register("host-1");
    beat("host-1", 1, SessionHostStatus.AVAILABLE, T0.plusSeconds(1));
    beat("host-1", 2, SessionHostStatus.NEEDS_ASSISTANCE, T0.plusSeconds(2));
    beat("host-1", 3, SessionHostStatus.AVAILABLE, T0.plusSeconds(500)); // after a silence

    List<HostStatusChange> all = hosts.history(key("host-1"), 100);
    assertThat(all)
        .extracting(c -> c.to() + "/" + c.basis())
        .containsExactly(
            "AVAILABLE/REPORTED",
            "NEEDS_ASSISTANCE/REPORTED",
            "UNAVAILABLE/NO_HEARTBEAT",
            "AVAILABLE/REPORTED");
    assertThat(all.get(2).reasons()).isNotEmpty();
    assertThat(hosts.history(key("host-1"), 2)).containsExactlyElementsOf(all.subList(2, 4));
  }

  @Test
  void theStatusFilterAndTheCountsAgreeWithTheHeartbeatPolicy() {
    Instant now = T0.plusSeconds(1000);
    register("never");
    register("fresh");
    beat("fresh", 1, SessionHostStatus.AVAILABLE, now.minusSeconds(10));
    register("silent");
    beat("silent", 1, SessionHostStatus.AVAILABLE, now.minusSeconds(91));
    register("stopped");
    beat("stopped", 1, SessionHostStatus.SHUTDOWN, now.minusSeconds(900));
    register("sick");
    beat("sick", 1, SessionHostStatus.NEEDS_ASSISTANCE, now.minusSeconds(90));

    for (SessionHostStatus status : SessionHostStatus.values()) {
      List<String> expected = new ArrayList<>();
      for (String name : List.of("fresh", "never", "sick", "silent", "stopped")) {
        if (POLICY.show(hosts.find(key(name)).orElseThrow(), now).status() == status) {
          expected.add(name);
        }
      }
      assertThat(names(Optional.of(status), now))
          .as(status.wireName())
          .containsExactlyElementsOf(expected);
      assertThat(
              hosts
                  .countByPoolAndStatus(POLICY.freshSince(now))
                  .get(HostPool.DEFAULT)
                  .getOrDefault(status, 0L))
          .as("count of " + status.wireName())
          .isEqualTo(expected.size());
    }
    assertThat(names(Optional.of(SessionHostStatus.UNAVAILABLE), now))
        .containsExactly("never", "silent");
    assertThat(POLICY.show(hosts.find(key("silent")).orElseThrow(), now).basis())
        .isEqualTo(Basis.NO_HEARTBEAT);
  }

  @Test
  void pagesFollowNameOrderAndTheNameFilterIgnoresCase() {
    for (String name : List.of("b-2", "A-1", "c-3", "b-10")) {
      register(name);
    }
    Instant now = T0;

    List<RegisteredHost> first =
        hosts.list(HostPool.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(), 2, now);
    List<RegisteredHost> rest =
        hosts.list(
            HostPool.DEFAULT,
            Optional.empty(),
            Optional.empty(),
            Optional.of(first.get(1).key().name()),
            10,
            now);

    assertThat(first).extracting(h -> h.key().name()).containsExactly("A-1", "b-10");
    assertThat(rest).extracting(h -> h.key().name()).containsExactly("b-2", "c-3");
    assertThat(
            hosts.list(
                HostPool.DEFAULT, Optional.empty(), Optional.of("B-"), Optional.empty(), 10, now))
        .extracting(h -> h.key().name())
        .containsExactly("b-10", "b-2");
    assertThat(
            hosts.list(
                HostPool.DEFAULT, Optional.empty(), Optional.of("%"), Optional.empty(), 10, now))
        .isEmpty();
  }

  @Test
  void descendingPagesStartFromTheLastNameAndGoOnBelowTheLastSeen() {
    for (String name : List.of("b-2", "A-1", "c-3", "b-10")) {
      register(name);
    }
    Instant now = T0;

    List<RegisteredHost> first =
        hosts.list(
            HostPool.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(), 2, now, true);
    List<RegisteredHost> rest =
        hosts.list(
            HostPool.DEFAULT,
            Optional.empty(),
            Optional.empty(),
            Optional.of(first.get(1).key().name()),
            10,
            now,
            true);

    assertThat(first).extracting(h -> h.key().name()).containsExactly("c-3", "b-2");
    assertThat(rest).extracting(h -> h.key().name()).containsExactly("b-10", "A-1");
  }

  @Test
  void settingsChangeAndADeletedHostTakesItsHistoryAndCredential() {
    register("host-1");
    beat("host-1", 1, SessionHostStatus.AVAILABLE, T0.plusSeconds(1));

    assertThat(hosts.updateSettings(key("host-1"), false, "Front desk", "alice")).isTrue();
    RegisteredHost changed = hosts.find(key("host-1")).orElseThrow();
    assertThat(changed.allowNewSession()).isFalse();
    assertThat(changed.friendlyName()).isEqualTo("Front desk");
    assertThat(changed.assignedUser()).isEqualTo("alice");
    assertThat(changed.lastSequence()).isEqualTo(1);

    assertThat(hosts.delete(key("host-1"))).isTrue();
    assertThat(hosts.delete(key("host-1"))).isFalse();
    assertThat(hosts.updateSettings(key("host-1"), true, "", "")).isFalse();
    assertThat(hosts.find(key("host-1"))).isEmpty();
    assertThat(hosts.findByCredential("hash-host-1")).isEmpty();
    assertThat(hosts.history(key("host-1"), 10)).isEmpty();
    register("host-1");
    assertThat(hosts.history(key("host-1"), 10)).isEmpty();
  }

  @Test
  void registrationTokensAreKeptByTheirHash() {
    RegistrationToken token = RegistrationToken.issue(HostPool.DEFAULT, T0, Duration.ofHours(24));
    database.registrationTokens().add("token-hash", token);

    assertThat(database.registrationTokens().find("token-hash")).contains(token);
    assertThat(database.registrationTokens().find("other")).isEmpty();
  }

  @Test
  void concurrentArrivalsAllLandAndARaceOnOneHostHasOneWinner() throws Exception {
    for (int i = 0; i < 16; i++) {
      register("host-" + i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String name = "host-" + i;
        results.add(
            pool.submit(
                () -> {
                  for (long s = 1; s <= 20; s++) {
                    beat(name, s, SessionHostStatus.AVAILABLE, T0.plusSeconds(s));
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
      for (int i = 0; i < 16; i++) {
        assertThat(hosts.find(key("host-" + i)).orElseThrow().lastSequence()).isEqualTo(20);
      }

      RegisteredHost before = hosts.find(key("host-0")).orElseThrow();
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        long sequence = 100 + r;
        racers.add(
            () -> {
              HeartbeatPolicy.Arrival arrival =
                  POLICY.arrive(
                      before,
                      heartbeat(
                          "host-0", sequence, SessionHostStatus.AVAILABLE, T0.plusSeconds(60)),
                      T0.plusSeconds(60));
              return hosts
                  .recordArrival(
                      arrival.host(),
                      Optional.empty(),
                      "hash-host-0",
                      before.lastSequence(),
                      arrival.changes())
                  .join();
            });
      }
      long winners = 0;
      for (Future<Boolean> won : pool.invokeAll(racers)) {
        winners += won.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
