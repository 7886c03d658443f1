package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.Heartbeat;
import java.util.Objects;

/** A heartbeat as it arrived: the sender's credential and the report it sent. */
public record RecordHeartbeatCommand(String credential, Heartbeat heartbeat) {

  public RecordHeartbeatCommand {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(heartbeat, "heartbeat");
  }

  @Override
  public String toString() {
    return "RecordHeartbeatCommand[heartbeat=" + heartbeat.sequence() + ", credential=***]";
  }
}
