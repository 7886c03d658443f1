package dev.sessionhost.application.service.broker;

import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.BrokerException.Code;
import dev.sessionhost.application.port.in.broker.DeleteSessionHostUseCase;
import dev.sessionhost.application.port.in.broker.GetSessionHostQuery;
import dev.sessionhost.application.port.in.broker.SessionHostView;
import dev.sessionhost.application.port.in.broker.UpdateSessionHostCommand;
import dev.sessionhost.application.port.in.broker.UpdateSessionHostUseCase;
import dev.sessionhost.application.port.out.broker.SessionHostRepository;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.SessionHostKey;

/** The administrator's changes to hosts: drain mode, names, deletion. */
public final class SessionHostAdminService
    implements UpdateSessionHostUseCase, DeleteSessionHostUseCase {

  private final SessionHostRepository hosts;
  private final GetSessionHostQuery reader;

  public SessionHostAdminService(SessionHostRepository hosts, GetSessionHostQuery reader) {
    this.hosts = hosts;
    this.reader = reader;
  }

  @Override
  public SessionHostView update(UpdateSessionHostCommand command) {
    RegisteredHost host = reader.get(command.host()).host();
    boolean stored =
        hosts.updateSettings(
            command.host(),
            command.allowNewSession().orElse(host.allowNewSession()),
            command.friendlyName().orElse(host.friendlyName()),
            command.assignedUser().orElse(host.assignedUser()));
    if (!stored) {
      throw notFound(command.host());
    }
    return reader.get(command.host());
  }

  @Override
  public void delete(SessionHostKey key) {
    reader.get(key); // the pool and the host must exist: 404 otherwise
    if (!hosts.delete(key)) {
      throw notFound(key);
    }
  }

  private static BrokerException notFound(SessionHostKey key) {
    return new BrokerException(
        Code.HOST_NOT_FOUND, "host pool " + key.pool() + " has no host named " + key.name());
  }
}
