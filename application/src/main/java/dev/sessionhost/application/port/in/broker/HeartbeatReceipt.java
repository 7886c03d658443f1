package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.pool.ShownStatus;
import java.util.Objects;

/**
 * The broker's answer to a heartbeat once it is stored for good: the host, the status the broker
 * now shows for it, and whether the heartbeat was one it already had (sent again after a lost
 * answer; nothing was changed).
 */
public record HeartbeatReceipt(SessionHostKey host, ShownStatus shown, boolean repeated) {

  public HeartbeatReceipt {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(shown, "shown");
  }
}
