package dev.sessionhost.domain.update;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest upgrade of one of the agent's components: its stage, the error of a failed one, and
 * when the stage last changed (empty while nothing was ever upgraded).
 */
public record UpdateStatus(
    UpdateState state, String errorMessage, Optional<Instant> lastUpdateTime) {

  public static final UpdateStatus INITIAL =
      new UpdateStatus(UpdateState.INITIAL, "", Optional.empty());

  public UpdateStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(lastUpdateTime, "lastUpdateTime");
    if (state == UpdateState.FAILED && errorMessage.isBlank()) {
      throw new IllegalArgumentException("a failed update needs an error message");
    }
  }

  public static UpdateStatus pending(Instant at) {
    return new UpdateStatus(UpdateState.PENDING, "", Optional.of(at));
  }

  /**
   * The next upgrade, pending after this one. A failure is not over until an upgrade succeeds, so a
   * pending upgrade after a failed one keeps the failure's message (and the host its UpgradeFailed
   * status) until it starts.
   */
  public UpdateStatus nextPending(Instant at) {
    String unresolved =
        state == UpdateState.FAILED || state == UpdateState.PENDING ? errorMessage : "";
    return new UpdateStatus(UpdateState.PENDING, unresolved, Optional.of(at));
  }

  /** Whether the last finished upgrade failed and none has succeeded (or started) since. */
  public boolean failureUnresolved() {
    return state == UpdateState.FAILED || (state == UpdateState.PENDING && !errorMessage.isBlank());
  }

  public static UpdateStatus started(Instant at) {
    return new UpdateStatus(UpdateState.STARTED, "", Optional.of(at));
  }

  public static UpdateStatus succeeded(Instant at) {
    return new UpdateStatus(UpdateState.SUCCEEDED, "", Optional.of(at));
  }

  public static UpdateStatus failed(String errorMessage, Instant at) {
    return new UpdateStatus(UpdateState.FAILED, errorMessage, Optional.of(at));
  }

  /**
   * This status as a restarted agent must take it: an upgrade that was pending or under way when
   * the agent stopped did not finish, and its plugin folder was put back, so it failed.
   */
  public UpdateStatus afterRestart(Instant now) {
    if (state == UpdateState.PENDING || state == UpdateState.STARTED) {
      return failed("the agent stopped during the upgrade; the previous version was restored", now);
    }
    return this;
  }
}
