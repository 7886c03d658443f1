package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.ShownStatus;
import java.util.Objects;

/** A registered host with the status the broker shows for it at the time of asking. */
public record SessionHostView(RegisteredHost host, ShownStatus shown) {

  public SessionHostView {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(shown, "shown");
  }
}
