package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.SessionHostKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The administrator's changes to a host, each empty when left as it is: drain mode ({@code
 * allowNewSession} false), the friendly name and the assigned user.
 */
public record UpdateSessionHostCommand(
    SessionHostKey host,
    Optional<Boolean> allowNewSession,
    Optional<String> friendlyName,
    Optional<String> assignedUser) {

  /** The longest friendly name or user name kept. */
  public static final int MAX_TEXT = 256;

  public UpdateSessionHostCommand {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(allowNewSession, "allowNewSession");
    Objects.requireNonNull(friendlyName, "friendlyName");
    Objects.requireNonNull(assignedUser, "assignedUser");
    friendlyName.ifPresent(text -> requireShort("friendlyName", text));
    assignedUser.ifPresent(text -> requireShort("assignedUser", text));
  }

  private static void requireShort(String field, String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_TEXT + " characters, got " + text.length());
    }
  }
}
