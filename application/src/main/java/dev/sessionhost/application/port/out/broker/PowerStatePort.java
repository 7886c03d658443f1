package dev.sessionhost.application.port.out.broker;

import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the broker learns the power state of the hosts' machines: a hypervisor, a cloud, a command,
 * a simulation. Shown beside the status, it never changes the status.
 *
 * <p>Implementations answer promptly (a slow source is cut at its own timeout and answers {@link
 * PowerState#UNKNOWN}), never throw for one host they cannot tell, and are thread-safe.
 */
public interface PowerStatePort {

  /** The default: no source, every machine {@link PowerState#UNKNOWN}. */
  PowerStatePort NONE = hosts -> Map.of();

  /**
   * The power states of {@code hosts}, asked together so that a source can ask them at once; a host
   * missing from the answer is {@link PowerState#UNKNOWN}.
   */
  Map<SessionHostKey, PowerState> powerStates(Collection<SessionHostKey> hosts);

  /** The power state of one host. */
  default PowerState powerState(SessionHostKey host) {
    return powerStates(List.of(host)).getOrDefault(host, PowerState.UNKNOWN);
  }
}
