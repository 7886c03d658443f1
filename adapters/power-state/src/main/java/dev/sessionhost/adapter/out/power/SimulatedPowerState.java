package dev.sessionhost.adapter.out.power;

import dev.sessionhost.application.port.out.broker.PowerStatePort;
import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.SessionHostKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Power states from the configuration, for demos and drills: the state of each host named, and
 * {@code otherwise} for every other one.
 */
public final class SimulatedPowerState implements PowerStatePort {

  private final Map<String, PowerState> byName;
  private final PowerState otherwise;

  /**
   * @param byName the state of each host, by its name in any pool
   * @param otherwise the state of every host not named
   */
  public SimulatedPowerState(Map<String, PowerState> byName, PowerState otherwise) {
    this.byName = Map.copyOf(byName);
    this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
  }

  @Override
  public Map<SessionHostKey, PowerState> powerStates(Collection<SessionHostKey> hosts) {
    Map<SessionHostKey, PowerState> states = new HashMap<>();
    for (SessionHostKey host : hosts) {
      states.put(host, byName.getOrDefault(host.name(), otherwise));
    }
    return states;
  }
}
