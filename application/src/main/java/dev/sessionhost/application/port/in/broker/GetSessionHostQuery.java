package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.SessionHostKey;

/** One host with the status the broker shows for it now. */
public interface GetSessionHostQuery {

  /**
   * The host.
   *
   * @throws BrokerException {@code POOL_NOT_FOUND} or {@code HOST_NOT_FOUND}
   */
  SessionHostView get(SessionHostKey host);
}
