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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Records heartbeats: finds the host by its credential, lets the {@link HeartbeatPolicy} work out
 * what changes, and stores it on the condition that the stored host still has that credential and
 * that nobody recorded a heartbeat of it in the meantime (another broker on the same database, a
 * resent request); on a race it reads again.
 *
 * <p>The host as this broker last stored it is remembered ({@link RecentHosts}, only {@link
 * HeartbeatPolicy#essentials}), so that a heartbeat usually costs one write and no read: the
 * write's condition checks the remembered host against the store. Anything but a successful write
 * (a repeat, another host's name, a lost race) is decided on the host read from the store, so every
 * broker on one database answers the same.
 */
public final class HeartbeatService implements RecordHeartbeatUseCase, AuthenticateHostQuery {

  /** Races on one host are rare (one agent, one sender); a few tries settle any. */
  private static final int TRIES = 5;

  /**
   * Hosts remembered by default: the essentials of 10,000 hosts took 16 MB of heap (measured with
   * {@code jmap -histo:live}), so these fit the broker's default heap with room to spare.
   */
  public static final int DEFAULT_REMEMBERED_HOSTS = 20_000;

  private final SessionHostRepository hosts;
  private final HeartbeatPolicy policy;
  private final Clock clock;
  private final RecentHosts recent;

  public HeartbeatService(SessionHostRepository hosts, HeartbeatPolicy policy, Clock clock) {
    this(hosts, policy, clock, DEFAULT_REMEMBERED_HOSTS);
  }

  /**
   * @param rememberedHosts how many hosts to remember as last stored (0: read every host before its
   *     write)
   */
  public HeartbeatService(
      SessionHostRepository hosts, HeartbeatPolicy policy, Clock clock, int rememberedHosts) {
    this.hosts = hosts;
    this.policy = policy;
    this.clock = clock;
    this.recent = new RecentHosts(rememberedHosts);
  }

  @Override
  public HeartbeatReceipt record(RecordHeartbeatCommand command) {
    Optional<HeartbeatReceipt> plain = await(recordWithoutReading(command));
    if (plain.isPresent()) {
      return plain.get();
    }
    // not a plain write of a remembered host: decide it on the host as stored
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
      if (await(
          hosts.recordArrival(
              arrival.host(), command.asSent(), hash, host.lastSequence(), arrival.changes()))) {
        recent.remember(hash, policy.essentials(arrival.host()));
        return new HeartbeatReceipt(host.key(), policy.show(arrival.host(), now), false);
      }
    }
    throw new IllegalStateException(
        "heartbeat " + heartbeat.sequence() + " lost " + TRIES + " races in a row; try again");
  }

  @Override
  public CompletableFuture<Optional<HeartbeatReceipt>> recordWithoutReading(
      RecordHeartbeatCommand command) {
    String hash = Secrets.hash(command.credential());
    Heartbeat heartbeat = command.heartbeat();
    RegisteredHost host = recent.get(hash);
    if (host == null || !writes(host, heartbeat)) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Instant now = clock.instant();
    HeartbeatPolicy.Arrival arrival = policy.arrive(host, heartbeat, now);
    return hosts
        .recordArrival(
            arrival.host(), command.asSent(), hash, host.lastSequence(), arrival.changes())
        .thenApply(
            stored -> {
              if (!stored) {
                recent.forget(hash);
                return Optional.empty();
              }
              recent.remember(hash, policy.essentials(arrival.host()));
              return Optional.of(
                  new HeartbeatReceipt(host.key(), policy.show(arrival.host(), now), false));
            });
  }

  /** The future's value, or what it failed with, as thrown here. */
  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failed) {
        throw failed;
      }
      throw e;
    }
  }

  /** Whether {@code heartbeat} is a new report of {@code host}, to be written. */
  private static boolean writes(RegisteredHost host, Heartbeat heartbeat) {
    return heartbeat.sequence() > host.lastSequence()
        && heartbeat.health().hostName().equals(host.key().name());
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
