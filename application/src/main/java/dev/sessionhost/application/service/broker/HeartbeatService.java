package dev.sessionhost.application.service.broker;

import dev.sessionhost.application.port.in.broker.AuthenticateHostQuery;
import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerException.Code;
import dev.sessionhost.application.port.in.broker.HeartbeatReceipt;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatCommand;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatUseCase;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records heartbeats: finds the host by its credential, lets the {@link HeartbeatPolicy} work out
 * what changes, and stores it on the condition that nobody recorded a heartbeat of that host in the
 * meantime (another broker on the same database, a resent request); on a race it reads again.
 */
public final class HeartbeatService implements RecordHeartbeatUseCase, AuthenticateHostQuery {

  /** Races on one host are rare (one agent, one sender); a few tries settle any. */
  private static final int TRIES = 5;

  private final SessionHostRepository hosts;
  private final HeartbeatPolicy policy;
  private final Clock clock;

  public HeartbeatService(SessionHostRepository hosts, HeartbeatPolicy policy, Clock clock) {
    this.hosts = hosts;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public HeartbeatReceipt record(RecordHeartbeatCommand command) {
    String hash = Secrets.hash(command.credential());
    Heartbeat heartbeat = command.heartbeat();
    for (int attempt = 0; attempt < TRIES; attempt++) {
      RegisteredHost host = hosts.findByCredential(hash).orElseThrow(HeartbeatService::stranger);
      String reported = heartbeat.health().hostName();
      if (!reported.equals(host.key().name())) {
        throw new BrokerException(
            Code.FORBIDDEN,
            "this credential belongs to host "
                + host.key()
                + ", which may report only for itself, not for "
                + reported);
      }
      Instant now = clock.instant();
      if (heartbeat.sequence() <= host.lastSequence()) {
        return new HeartbeatReceipt(host.key(), policy.show(host, now), true);
      }
      HeartbeatPolicy.Arrival arrival = policy.arrive(host, heartbeat, now);
      if (hosts.recordArrival(arrival.host(), host.lastSequence(), arrival.changes())) {
        return new HeartbeatReceipt(host.key(), policy.show(arrival.host(), now), false);
      }
    }
    throw new IllegalStateException(
        "heartbeat " + heartbeat.sequence() + " lost " + TRIES + " races in a row; try again");
  }

  @Override
  public Optional<SessionHostKey> hostOf(String credential) {
    return hosts.findByCredential(Secrets.hash(credential)).map(RegisteredHost::key);
  }

  private static BrokerException stranger() {
    return new BrokerException(
        Code.INVALID_CREDENTIAL,
        "no host has this credential: it was never issued, or its host was deleted; register"
            + " the host again");
  }
}
