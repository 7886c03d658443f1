package dev.sessionhost.application.service.broker;

import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerException.Code;
import dev.sessionhost.application.port.in.broker.CountSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.GetSessionHostHistoryQuery;
import dev.sessionhost.application.port.in.broker.GetSessionHostQuery;
import dev.sessionhost.application.port.in.broker.ListHostPoolsQuery;
import dev.sessionhost.application.port.in.broker.ListSessionHostsCommand;
import dev.sessionhost.application.port.in.broker.ListSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.SessionHostPage;
import dev.sessionhost.application.port.in.broker.SessionHostView;
import dev.sessionhost.application.port.out.broker.PowerStatePort;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.pool.HostPool;
import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.pool.ShownStatus;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers what the broker shows: pools, pages of hosts, one host, its history, the counts. */
public final class SessionHostQueryService
    implements ListHostPoolsQuery,
        ListSessionHostsQuery,
        GetSessionHostQuery,
        GetSessionHostHistoryQuery,
        CountSessionHostsQuery {

  private final SessionHostRepository hosts;
  private final HeartbeatPolicy policy;
  private final Clock clock;
  private final PowerStatePort power;

  public SessionHostQueryService(
      SessionHostRepository hosts, HeartbeatPolicy policy, Clock clock, PowerStatePort power) {
    this.hosts = hosts;
    this.policy = policy;
    this.clock = clock;
    this.power = power;
  }

  /** Without a power-state source: every machine's power state is Unknown. */
  public SessionHostQueryService(SessionHostRepository hosts, HeartbeatPolicy policy, Clock clock) {
    this(hosts, policy, clock, PowerStatePort.NONE);
  }

  @Override
  public List<HostPool> pools() {
    return hosts.pools();
  }

  @Override
  public SessionHostPage list(ListSessionHostsCommand command) {
    requirePool(command.pool());
    Instant now = clock.instant();
    // one more than the page tells whether another page follows
    List<RegisteredHost> found =
        hosts.list(
            command.pool(),
            command.status(),
            command.nameContains(),
            command.after(),
            command.pageSize() + 1,
            policy.freshSince(now),
            command.descending());
    boolean more = found.size() > command.pageSize();
    List<RegisteredHost> shown = more ? found.subList(0, command.pageSize()) : found;
    List<SessionHostKey> keys = new ArrayList<>(shown.size());
    for (RegisteredHost host : shown) {
      keys.add(host.key());
    }
    Map<SessionHostKey, PowerState> powerStates = power.powerStates(keys);
    List<SessionHostView> page = new ArrayList<>(shown.size());
    for (RegisteredHost host : shown) {
      page.add(
          new SessionHostView(
              host,
              policy.show(host, now),
              powerStates.getOrDefault(host.key(), PowerState.UNKNOWN)));
    }
    Optional<String> next =
        more ? Optional.of(page.get(page.size() - 1).host().key().name()) : Optional.empty();
    return new SessionHostPage(page, next);
  }

  @Override
  public SessionHostView get(SessionHostKey key) {
    RegisteredHost host = find(key);
    return new SessionHostView(host, policy.show(host, clock.instant()), power.powerState(key));
  }

  @Override
  public List<HostStatusChange> history(SessionHostKey key, int limit) {
    if (limit < 1) {
      throw new BrokerException(Code.INVALID_REQUEST, "limit must be at least 1, got " + limit);
    }
    RegisteredHost host = find(key);
    List<HostStatusChange> changes = new ArrayList<>(hosts.history(key, limit));
    // a silence no heartbeat has ended yet is in no stored row: add it as the latest change
    Instant now = clock.instant();
    ShownStatus shown = policy.show(host, now);
    if (shown.basis() == ShownStatus.Basis.NO_HEARTBEAT) {
      ShownStatus lastHeard = policy.show(host, host.lastHeartbeatAt().orElseThrow());
      changes.add(HostStatusChange.between(host.lastSequence(), lastHeard, shown));
      if (changes.size() > limit) {
        changes.remove(0);
      }
    }
    return changes;
  }

  @Override
  public Map<String, Map<SessionHostStatus, Long>> countByPoolAndStatus() {
    Map<String, Map<SessionHostStatus, Long>> stored =
        hosts.countByPoolAndStatus(policy.freshSince(clock.instant()));
    Map<String, Map<SessionHostStatus, Long>> counts = new LinkedHashMap<>();
    for (HostPool pool : hosts.pools()) {
      Map<SessionHostStatus, Long> byStatus = new EnumMap<>(SessionHostStatus.class);
      for (SessionHostStatus status : SessionHostStatus.values()) {
        byStatus.put(status, stored.getOrDefault(pool.name(), Map.of()).getOrDefault(status, 0L));
      }
      counts.put(pool.name(), byStatus);
    }
    return counts;
  }

  private RegisteredHost find(SessionHostKey key) {
    requirePool(key.pool());
    return hosts
        .find(key)
        .orElseThrow(
            () ->
                new BrokerException(
                    Code.HOST_NOT_FOUND,
                    "host pool " + key.pool() + " has no host named " + key.name()));
  }

  private void requirePool(String pool) {
    if (hosts.pool(pool).isEmpty()) {
      throw new BrokerException(Code.POOL_NOT_FOUND, "no host pool named " + pool);
    }
  }
}
