package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.Heartbeat;
import java.util.Objects;
import java.util.Optional;

/**
 * A heartbeat as it arrived: the sender's credential, the report it sent, and, when the adapter
 * that received it has them, the report's bytes as sent.
 *
 * @param asSent the heartbeat in the wire's JSON exactly as its sender wrote it, already read into
 *     {@code heartbeat}: the store may keep it instead of writing {@code heartbeat} anew (it is the
 *     costliest part of a heartbeat otherwise); empty when there is no such document
 */
public record RecordHeartbeatCommand(
    String credential, Heartbeat heartbeat, Optional<String> asSent) {

  public RecordHeartbeatCommand {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(heartbeat, "heartbeat");
    Objects.requireNonNull(asSent, "asSent");
  }

  /** A heartbeat without its bytes as sent. */
  public RecordHeartbeatCommand(String credential, Heartbeat heartbeat) {
    this(credential, heartbeat, Optional.empty());
  }

  @Override
  public String toString() {
    return "RecordHeartbeatCommand[heartbeat=" + heartbeat.sequence() + ", credential=***]";
  }
}
