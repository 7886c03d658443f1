package dev.sessionhost.application.port.in.broker;

/** Issues a registration token for a pool, valid between 1 hour and 27 days. */
public interface IssueRegistrationTokenUseCase {

  /**
   * Issues the token.
   *
   * @throws BrokerException {@code POOL_NOT_FOUND}, or {@code INVALID_REQUEST} for a validity out
   *     of range
   */
  IssuedToken issue(IssueRegistrationTokenCommand command);
}
