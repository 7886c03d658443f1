package dev.sessionhost.application.port.in.broker;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of hosts, and the name to continue after when there may be more (empty on the last
 * page).
 */
public record SessionHostPage(List<SessionHostView> hosts, Optional<String> continueAfter) {

  public SessionHostPage {
    hosts = List.copyOf(hosts);
    Objects.requireNonNull(continueAfter, "continueAfter");
  }
}
