package dev.sessionhost.application.port.in.broker;

import java.util.Objects;

/** A host asking to join the pool its registration token names, under {@code hostName}. */
public record RegisterHostCommand(String registrationToken, String hostName) {

  public RegisterHostCommand {
    Objects.requireNonNull(registrationToken, "registrationToken");
    Objects.requireNonNull(hostName, "hostName");
  }

  @Override
  public String toString() {
    return "RegisterHostCommand[hostName=" + hostName + ", registrationToken=***]";
  }
}
