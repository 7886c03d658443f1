package dev.sessionhost.domain.check;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.util.Locale;
import java.util.Optional;

/** What a failing check does to the status of its host. */
public enum FailureEffect {
  /** Fatal: the host becomes {@code Unavailable} (app attach calls this {@code Unhealthy}). */
  UNAVAILABLE(SessionHostStatus.UNAVAILABLE, "Unhealthy"),
  /** Non-fatal: the host becomes {@code NeedsAssistance} but still takes connections. */
  NEEDS_ASSISTANCE(SessionHostStatus.NEEDS_ASSISTANCE, "NeedsAssistance"),
  /** Report only: the failure is shown but the status does not change ({@code DoNotFail}). */
  NONE(null, "DoNotFail");

  private final SessionHostStatus status;
  private final String appAttachName;

  FailureEffect(SessionHostStatus status, String appAttachName) {
    this.status = status;
    this.appAttachName = appAttachName;
  }

  /** The status a failing check with this effect leads to, or empty for {@link #NONE}. */
  public Optional<SessionHostStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Reads an effect from configuration: the enum name in any case ({@code needs_assistance}), or
   * the app attach names {@code Unhealthy}, {@code NeedsAssistance}, {@code DoNotFail}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static FailureEffect parse(String text) {
    String normalized = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (FailureEffect effect : values()) {
      if (effect.name().equals(normalized)
          || effect.appAttachName.toUpperCase(Locale.ROOT).equals(normalized)) {
        return effect;
      }
    }
    throw new IllegalArgumentException(
        "unknown failure effect '"
            + text
            + "': expected UNAVAILABLE, NEEDS_ASSISTANCE or NONE"
            + " (or Unhealthy, NeedsAssistance, DoNotFail)");
  }
}
