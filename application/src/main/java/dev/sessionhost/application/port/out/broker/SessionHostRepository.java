package dev.sessionhost.application.port.out.broker;

import dev.sessionhost.domain.pool.HostPool;
import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where the broker keeps its pools, hosts and their status histories. Everything the broker decides
 * lives here, so several brokers sharing one store answer the same.
 *
 * <p>Filtering by shown status is done by the store, from stored facts and {@code freshSince} (the
 * oldest heartbeat that still counts as fresh, see {@code HeartbeatPolicy.freshSince}), and must
 * agree with {@code HeartbeatPolicy.show}: a host is shown
 *
 * <ul>
 *   <li>{@code Unavailable} when it never reported, or its last report was Unavailable, or its last
 *       report was anything but Shutdown and its last heartbeat is older than {@code freshSince};
 *   <li>{@code Shutdown} when its last report was Shutdown;
 *   <li>any other status S when its last report was S and its last heartbeat is not older than
 *       {@code freshSince}.
 * </ul>
 *
 * <p>Every write is durable when the method returns: a crash of the process right after loses
 * nothing it acknowledged.
 */
public interface SessionHostRepository {

  /** Every pool, by name. */
  List<HostPool> pools();

  Optional<HostPool> pool(String name);

  /**
   * Adds a newly registered host with the hash of its credential.
   *
   * @return false when the pool already has a host of that name (nothing is changed)
   */
  boolean add(RegisteredHost host, String credentialHash);

  Optional<RegisteredHost> find(SessionHostKey key);

  /** The host whose credential has this hash. */
  Optional<RegisteredHost> findByCredential(String credentialHash);

  /**
   * Stores a host after a heartbeat, with the changes of its shown status, in one transaction, if
   * and only if the stored host still has the credential of {@code credentialHash} and its last
   * sequence is still {@code previousSequence} (so two brokers racing on one host cannot both
   * record, and a host deleted, or deleted and registered anew, in the meantime is not written).
   *
   * @param asSent {@code after}'s last report as its sender wrote it in the wire's JSON, when the
   *     broker has it (see {@code RecordHeartbeatCommand#asSent}): the store may keep it rather
   *     than write the report anew
   * @return completes once the transaction is durable (or failed: exceptionally, nothing of it
   *     kept), with false when the stored host moved on (or is gone): nothing was written. It may
   *     complete on the store's own thread: what follows it there must not wait for the store.
   */
  CompletableFuture<Boolean> recordArrival(
      RegisteredHost after,
      Optional<String> asSent,
      String credentialHash,
      long previousSequence,
      List<HostStatusChange> changes);

  /**
   * Up to {@code limit} hosts of {@code pool} in name order (from the last name when {@code
   * descending}), after {@code after} in that order when given, shown with {@code status} when
   * given, whose name contains {@code nameContains} (ignoring case) when given.
   */
  List<RegisteredHost> list(
      String pool,
      Optional<SessionHostStatus> status,
      Optional<String> nameContains,
      Optional<String> after,
      int limit,
      Instant freshSince,
      boolean descending);

  /** {@link #list(String, Optional, Optional, Optional, int, Instant, boolean)} from the first. */
  default List<RegisteredHost> list(
      String pool,
      Optional<SessionHostStatus> status,
      Optional<String> nameContains,
      Optional<String> after,
      int limit,
      Instant freshSince) {
    return list(pool, status, nameContains, after, limit, freshSince, false);
  }

  /**
   * Sets the administrator's settings of a host.
   *
   * @return false when there is no such host
   */
  boolean updateSettings(
      SessionHostKey key, boolean allowNewSession, String friendlyName, String assignedUser);

  /**
   * Deletes a host and its history.
   *
   * @return false when there is no such host
   */
  boolean delete(SessionHostKey key);

  /** The latest {@code limit} stored changes of a host's shown status, oldest first. */
  List<HostStatusChange> history(SessionHostKey key, int limit);

  /**
   * The number of hosts of each pool in each shown status; a status without hosts may be left out.
   */
  Map<String, Map<SessionHostStatus, Long>> countByPoolAndStatus(Instant freshSince);
}
