package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.ShownStatus;
import java.util.Objects;

/**
 * A registered host with the status the broker shows for it at the time of asking, and its
 * machine's power state as the power-state source last told it (shown beside the status, never
 * deciding it).
 */
public record SessionHostView(RegisteredHost host, ShownStatus shown, PowerState powerState) {

  public SessionHostView {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(powerState, "powerState");
  }
}
