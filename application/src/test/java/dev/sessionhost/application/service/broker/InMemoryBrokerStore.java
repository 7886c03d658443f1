package dev.sessionhost.application.service.broker;

import dev.sessionhost.application.port.out.broker.RegistrationTokenRepository;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.pool.HostPool;
import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.RegistrationToken;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Both broker stores in memory, for the services' unit tests and the broker API's tests: filters by
 * the shown status through {@link HeartbeatPolicy#show} itself, so it agrees with the policy by
 * construction.
 */
public final class InMemoryBrokerStore
    implements SessionHostRepository, RegistrationTokenRepository {

  private final Map<String, HostPool> pools = new TreeMap<>();
  private final Map<SessionHostKey, RegisteredHost> hosts = new HashMap<>();
  private final Map<SessionHostKey, String> credentials = new HashMap<>();
  private final Map<SessionHostKey, List<HostStatusChange>> histories = new HashMap<>();
  private final Map<String, RegistrationToken> tokens = new HashMap<>();

  /** Set to make the next recordArrival lose a race, as if another broker wrote first. */
  public int racesToLose;

  /** The document as sent of the last arrival stored. */
  public Optional<String> lastAsSent = Optional.empty();

  /** How often a host was looked up by its credential. */
  public int credentialReads;

  /** Set to make every read of the pools fail, as a database that does not answer. */
  public volatile boolean unreachable;

  public InMemoryBrokerStore() {
    pools.put("default", new HostPool("default", "Default", 10));
  }

  @Override
  public synchronized List<HostPool> pools() {
    if (unreachable) {
      throw new IllegalStateException("connection refused");
    }
    return List.copyOf(pools.values());
  }

  @Override
  public synchronized Optional<HostPool> pool(String name) {
    return Optional.ofNullable(pools.get(name));
  }

  @Override
  public synchronized boolean add(RegisteredHost host, String credentialHash) {
    if (hosts.containsKey(host.key())) {
      return false;
    }
    hosts.put(host.key(), host);
    credentials.put(host.key(), credentialHash);
    histories.put(host.key(), new ArrayList<>());
    return true;
  }

  @Override
  public synchronized Optional<RegisteredHost> find(SessionHostKey key) {
    return Optional.ofNullable(hosts.get(key));
  }

  @Override
  public synchronized Optional<RegisteredHost> findByCredential(String credentialHash) {
    credentialReads++;
    return credentials.entrySet().stream()
        .filter(e -> e.getValue().equals(credentialHash))
        .map(e -> hosts.get(e.getKey()))
        .findFirst();
  }

  @Override
  public synchronized CompletableFuture<Boolean> recordArrival(
      RegisteredHost after,
      Optional<String> asSent,
      String credentialHash,
      long previousSequence,
      List<HostStatusChange> changes) {
    RegisteredHost stored = hosts.get(after.key());
    if (racesToLose > 0) {
      racesToLose--;
      return CompletableFuture.completedFuture(false);
    }
    if (stored == null
        || stored.lastSequence() != previousSequence
        || !credentialHash.equals(credentials.get(after.key()))) {
      return CompletableFuture.completedFuture(false);
    }
    hosts.put(after.key(), after);
    histories.get(after.key()).addAll(changes);
    lastAsSent = asSent;
    return CompletableFuture.completedFuture(true);
  }

  @Override
  public synchronized List<RegisteredHost> list(
      String pool,
      Optional<SessionHostStatus> status,
      Optional<String> nameContains,
      Optional<String> after,
      int limit,
      Instant freshSince,
      boolean descending) {
    Comparator<RegisteredHost> order = (a, b) -> a.key().name().compareTo(b.key().name());
    Comparator<RegisteredHost> inOrder = descending ? order.reversed() : order;
    // freshSince is now minus the timeout: a policy of any timeout measured from it agrees
    HeartbeatPolicy policy = new HeartbeatPolicy(Duration.ofSeconds(1));
    Instant now = freshSince.plusSeconds(1);
    return hosts.values().stream()
        .filter(h -> h.key().pool().equals(pool))
        .filter(
            h ->
                after
                    .map(a -> (descending ? -1 : 1) * h.key().name().compareTo(a) > 0)
                    .orElse(true))
        .filter(
            h ->
                nameContains
                    .map(
                        n ->
                            h.key()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .contains(n.toLowerCase(Locale.ROOT)))
                    .orElse(true))
        .filter(h -> status.map(s -> policy.show(h, now).status() == s).orElse(true))
        .sorted(inOrder)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean updateSettings(
      SessionHostKey key, boolean allowNewSession, String friendlyName, String assignedUser) {
    RegisteredHost host = hosts.get(key);
    if (host == null) {
      return false;
    }
    hosts.put(key, host.withSettings(allowNewSession, friendlyName, assignedUser));
    return true;
  }

  @Override
  public synchronized boolean delete(SessionHostKey key) {
    credentials.remove(key);
    histories.remove(key);
    return hosts.remove(key) != null;
  }

  @Override
  public synchronized List<HostStatusChange> history(SessionHostKey key, int limit) {
    List<HostStatusChange> all = histories.getOrDefault(key, List.of());
    return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
  }

  @Override
  public synchronized Map<String, Map<SessionHostStatus, Long>> countByPoolAndStatus(
      Instant freshSince) {
    Map<String, Map<SessionHostStatus, Long>> counts = new TreeMap<>();
    for (HostPool pool : pools.values()) {
      Map<SessionHostStatus, Long> byStatus = new EnumMap<>(SessionHostStatus.class);
      for (RegisteredHost host :
          list(
              pool.name(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Integer.MAX_VALUE,
              freshSince)) {
        SessionHostStatus shown =
            new HeartbeatPolicy(Duration.ofSeconds(1))
                .show(host, freshSince.plusSeconds(1))
                .status();
        byStatus.merge(shown, 1L, Long::sum);
      }
      counts.put(pool.name(), byStatus);
    }
    return counts;
  }

  @Override
  public synchronized void add(String tokenHash, RegistrationToken token) {
    tokens.put(tokenHash, token);
  }

  @Override
  public synchronized Optional<RegistrationToken> find(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash));
  }

  public synchronized Optional<String> credentialHashOf(SessionHostKey key) {
    return Optional.ofNullable(credentials.get(key));
  }
}
