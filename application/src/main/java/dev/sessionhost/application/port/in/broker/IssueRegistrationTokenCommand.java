package dev.sessionhost.application.port.in.broker;

import java.time.Duration;
import java.util.Objects;

/** Asks for a registration token of {@code pool} that is valid for {@code validFor}. */
public record IssueRegistrationTokenCommand(String pool, Duration validFor) {

  public IssueRegistrationTokenCommand {
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(validFor, "validFor");
  }
}
