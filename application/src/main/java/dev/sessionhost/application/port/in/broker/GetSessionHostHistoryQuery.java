package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.util.List;

/**
 * The changes of what the broker showed for a host, oldest first: those stored as heartbeats made
 * them known, and, while the host is silent now, the change to {@code NoHeartbeat} that no
 * heartbeat has recorded yet.
 */
public interface GetSessionHostHistoryQuery {

  /**
   * The latest {@code limit} changes, oldest first.
   *
   * @throws BrokerException {@code POOL_NOT_FOUND} or {@code HOST_NOT_FOUND}
   */
  List<HostStatusChange> history(SessionHostKey host, int limit);
}
