package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.SessionHostKey;

/**
 * Removes a host from its pool with its history; its credential stops working, and the name can be
 * registered again.
 */
public interface DeleteSessionHostUseCase {

  /**
   * Deletes the host.
   *
   * @throws BrokerException {@code POOL_NOT_FOUND} or {@code HOST_NOT_FOUND}
   */
  void delete(SessionHostKey host);
}
