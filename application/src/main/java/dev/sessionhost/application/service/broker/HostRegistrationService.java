package dev.sessionhost.application.service.broker;

import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerException.Code;
import dev.sessionhost.application.port.in.broker.HostCredential;
import dev.sessionhost.application.port.in.broker.RegisterHostCommand;
import dev.sessionhost.application.port.in.broker.RegisterHostUseCase;
import dev.sessionhost.application.port.out.broker.RegistrationTokenRepository;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.RegistrationToken;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.time.Clock;
import java.time.Instant;

/**
 * Registers hosts: checks the registration token, adds the host to the token's pool, and hands it a
 * credential of its own, kept only as its hash.
 */
public final class HostRegistrationService implements RegisterHostUseCase {

  private final SessionHostRepository hosts;
  private final RegistrationTokenRepository tokens;
  private final Clock clock;

  public HostRegistrationService(
      SessionHostRepository hosts, RegistrationTokenRepository tokens, Clock clock) {
    this.hosts = hosts;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public HostCredential register(RegisterHostCommand command) {
    Instant now = clock.instant();
    RegistrationToken token =
        tokens
            .find(Secrets.hash(command.registrationToken()))
            .orElseThrow(
                () ->
                    new BrokerException(
                        Code.INVALID_REGISTRATION_TOKEN,
                        "the registration token is not one this broker issued"));
    if (token.expiredAt(now)) {
      throw new BrokerException(
          Code.EXPIRED_MACHINE_TOKEN,
          "the registration token expired at " + token.expiresAt() + "; ask for a new one");
    }
    SessionHostKey key;
    try {
      key = new SessionHostKey(token.pool(), command.hostName());
    } catch (IllegalArgumentException e) {
      throw new BrokerException(Code.INVALID_REQUEST, e.getMessage());
    }
    String credential = Secrets.generate();
    if (!hosts.add(RegisteredHost.registered(key, now), Secrets.hash(credential))) {
      throw new BrokerException(
          Code.NAME_ALREADY_REGISTERED,
          "host pool "
              + key.pool()
              + " already has a host named "
              + key.name()
              + "; delete it first to register it again");
    }
    return new HostCredential(key, credential);
  }
}
