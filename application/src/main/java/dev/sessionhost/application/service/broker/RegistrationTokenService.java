package dev.sessionhost.application.service.broker;

import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerException.Code;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenCommand;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenUseCase;
import dev.sessionhost.application.port.in.broker.IssuedToken;
import dev.sessionhost.application.port.out.broker.RegistrationTokenRepository;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.domain.pool.RegistrationToken;
import java.time.Clock;

/** Issues registration tokens: a new secret per token, kept only as its hash. */
public final class RegistrationTokenService implements IssueRegistrationTokenUseCase {

  private final SessionHostRepository hosts;
  private final RegistrationTokenRepository tokens;
  private final Clock clock;

  public RegistrationTokenService(
      SessionHostRepository hosts, RegistrationTokenRepository tokens, Clock clock) {
    this.hosts = hosts;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public IssuedToken issue(IssueRegistrationTokenCommand command) {
    if (hosts.pool(command.pool()).isEmpty()) {
      throw new BrokerException(Code.POOL_NOT_FOUND, "no host pool named " + command.pool());
    }
    RegistrationToken token;
    try {
      token = RegistrationToken.issue(command.pool(), clock.instant(), command.validFor());
    } catch (IllegalArgumentException e) {
      throw new BrokerException(Code.INVALID_REQUEST, e.getMessage());
    }
    String secret = Secrets.generate();
    tokens.add(Secrets.hash(secret), token);
    return new IssuedToken(token.pool(), secret, token.expiresAt());
  }
}
