package dev.sessionhost.application.port.in.broker;

/** Changes the administrator's settings of a host: drain mode, friendly name, assigned user. */
public interface UpdateSessionHostUseCase {

  /**
   * Applies the changes and returns the host as it is now.
   *
   * @throws BrokerException {@code POOL_NOT_FOUND} or {@code HOST_NOT_FOUND}
   */
  SessionHostView update(UpdateSessionHostCommand command);
}
