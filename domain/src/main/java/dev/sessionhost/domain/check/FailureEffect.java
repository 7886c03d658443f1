package dev.sessionhost.domain.check;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.util.Optional;

/** What a failing check does to the status of its host. */
public enum FailureEffect {
  /** Fatal: the host becomes {@code Unavailable} (app attach calls this {@code Unhealthy}). */
  UNAVAILABLE(SessionHostStatus.UNAVAILABLE),
  /** Non-fatal: the host becomes {@code NeedsAssistance} but still takes connections. */
  NEEDS_ASSISTANCE(SessionHostStatus.NEEDS_ASSISTANCE),
  /** Report only: the failure is shown but the status does not change ({@code DoNotFail}). */
  NONE(null);

  private final SessionHostStatus status;

  FailureEffect(SessionHostStatus status) {
    this.status = status;
  }

  /** The status a failing check with this effect leads to, or empty for {@link #NONE}. */
  public Optional<SessionHostStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * The effect of the name the host writes ({@code UNAVAILABLE}, {@code NEEDS_ASSISTANCE}, {@code
   * NONE}), as read back from its JSON or its database. What operators write, with its aliases, is
   * read by the plugin SDK's {@code Severity.ofFailureEffect}, the one reader of that vocabulary.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static FailureEffect ofName(String name) {
    for (FailureEffect effect : values()) {
      if (effect.name().equals(name)) {
        return effect;
      }
    }
    throw new IllegalArgumentException(
        "unknown failure effect '" + name + "': expected UNAVAILABLE, NEEDS_ASSISTANCE or NONE");
  }
}
