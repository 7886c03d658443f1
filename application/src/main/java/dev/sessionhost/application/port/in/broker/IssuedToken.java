package dev.sessionhost.application.port.in.broker;

import java.time.Instant;
import java.util.Objects;

/** A registration token as issued, shown this once: its pool, the secret and when it expires. */
public record IssuedToken(String pool, String token, Instant expiresAt) {

  public IssuedToken {
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "IssuedToken[pool=" + pool + ", token=***, expiresAt=" + expiresAt + "]";
  }
}
