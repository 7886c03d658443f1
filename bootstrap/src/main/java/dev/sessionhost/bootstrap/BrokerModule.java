package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.application.port.in.broker.AuthenticateHostQuery;
import dev.sessionhost.application.port.in.broker.BrokerHealthQuery;
import dev.sessionhost.application.port.in.broker.CountSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.DeleteSessionHostUseCase;
import dev.sessionhost.application.port.in.broker.GetSessionHostHistoryQuery;
import dev.sessionhost.application.port.in.broker.GetSessionHostQuery;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenUseCase;
import dev.sessionhost.application.port.in.broker.ListHostPoolsQuery;
import dev.sessionhost.application.port.in.broker.ListSessionHostsQuery;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatUseCase;
import dev.sessionhost.application.port.in.broker.RegisterHostUseCase;
import dev.sessionhost.application.port.in.broker.UpdateSessionHostUseCase;
import dev.sessionhost.application.port.out.broker.PowerStatePort;
import dev.sessionhost.application.port.out.broker.RegistrationTokenRepository;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.application.service.broker.BrokerHealthService;
import dev.sessionhost.application.service.broker.HeartbeatService;
import dev.sessionhost.application.service.broker.HostRegistrationService;
import dev.sessionhost.application.service.broker.RegistrationTokenService;
import dev.sessionhost.application.service.broker.SessionHostAdminService;
import dev.sessionhost.application.service.broker.SessionHostQueryService;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import java.time.Clock;
import java.time.Duration;

/**
 * The broker's application: its use cases over the two stores it is given (the database adapter's)
 * and the power-state source, with the heartbeat timeout of the configuration and the system clock.
 */
final class BrokerModule extends AbstractModule {

  private final SessionHostRepository hosts;
  private final RegistrationTokenRepository tokens;
  private final Duration heartbeatTimeout;
  private final PowerStatePort power;

  BrokerModule(
      SessionHostRepository hosts,
      RegistrationTokenRepository tokens,
      Duration heartbeatTimeout,
      PowerStatePort power) {
    this.hosts = hosts;
    this.tokens = tokens;
    this.heartbeatTimeout = heartbeatTimeout;
    this.power = power;
  }

  @Override
  protected void configure() {
    bind(SessionHostRepository.class).toInstance(hosts);
    bind(RegistrationTokenRepository.class).toInstance(tokens);
    bind(PowerStatePort.class).toInstance(power);
    bind(Clock.class).toInstance(Clock.systemUTC());
    bind(HeartbeatPolicy.class).toInstance(new HeartbeatPolicy(heartbeatTimeout));
    bind(ListHostPoolsQuery.class).to(SessionHostQueryService.class);
    bind(ListSessionHostsQuery.class).to(SessionHostQueryService.class);
    bind(GetSessionHostQuery.class).to(SessionHostQueryService.class);
    bind(GetSessionHostHistoryQuery.class).to(SessionHostQueryService.class);
    bind(CountSessionHostsQuery.class).to(SessionHostQueryService.class);
    bind(RecordHeartbeatUseCase.class).to(HeartbeatService.class);
    bind(AuthenticateHostQuery.class).to(HeartbeatService.class);
    bind(UpdateSessionHostUseCase.class).to(SessionHostAdminService.class);
    bind(DeleteSessionHostUseCase.class).to(SessionHostAdminService.class);
  }

  @Provides
  @Singleton
  SessionHostQueryService queries(
      SessionHostRepository hosts, HeartbeatPolicy policy, Clock clock, PowerStatePort power) {
    return new SessionHostQueryService(hosts, policy, clock, power);
  }

  @Provides
  @Singleton
  HeartbeatService heartbeats(SessionHostRepository hosts, HeartbeatPolicy policy, Clock clock) {
    return new HeartbeatService(hosts, policy, clock);
  }

  @Provides
  @Singleton
  SessionHostAdminService admin(SessionHostRepository hosts, GetSessionHostQuery reader) {
    return new SessionHostAdminService(hosts, reader);
  }

  @Provides
  @Singleton
  RegisterHostUseCase registration(
      SessionHostRepository hosts, RegistrationTokenRepository tokens, Clock clock) {
    return new HostRegistrationService(hosts, tokens, clock);
  }

  @Provides
  @Singleton
  IssueRegistrationTokenUseCase registrationTokens(
      SessionHostRepository hosts, RegistrationTokenRepository tokens, Clock clock) {
    return new RegistrationTokenService(hosts, tokens, clock);
  }

  @Provides
  @Singleton
  BrokerHealthQuery health(SessionHostRepository hosts) {
    return new BrokerHealthService(hosts);
  }
}
