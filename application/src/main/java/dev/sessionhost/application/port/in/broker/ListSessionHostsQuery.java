package dev.sessionhost.application.port.in.broker;

/** Lists a pool's hosts a page at a time, optionally by shown status and by name. */
public interface ListSessionHostsQuery {

  /**
   * One page.
   *
   * @throws BrokerException {@code POOL_NOT_FOUND}
   */
  SessionHostPage list(ListSessionHostsCommand command);
}
