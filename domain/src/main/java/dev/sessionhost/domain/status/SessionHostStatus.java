package dev.sessionhost.domain.status;

import java.util.Arrays;
import java.util.Optional;

/** The status a session host shows to its broker and its operators. */
public enum SessionHostStatus {
  AVAILABLE(
      "Available",
      "Every health check passed and the host takes new connections. A host that is full or in"
          + " drain mode is still available.",
      "Nothing to do.",
      true),
  NEEDS_ASSISTANCE(
      "NeedsAssistance",
      "A non-fatal health check is failing. Users can still connect, but something they rely on"
          + " (monitoring, metadata, a required URL) may not work.",
      "Open the host's failing checks and fix what each one reports.",
      true),
  SHUTDOWN(
      "Shutdown",
      "The host was shut down after it had reported to the broker. This alone is not a fault.",
      "Start the host if it should be serving users; check the machine's power state to be sure.",
      false),
  UNAVAILABLE(
      "Unavailable",
      "The host is off, its checks have not run yet, or a fatal health check is failing. No new"
          + " connections are sent to it.",
      "Start the host or fix the fatal check it reports; escalate if it stays unavailable.",
      false),
  UPGRADE_FAILED(
      "UpgradeFailed",
      "The agent could not upgrade one of its components and went back to the previous version."
          + " Sessions are not affected.",
      "Read the upgrade error, then retry the upgrade or reinstall the component.",
      true),
  UPGRADING(
      "Upgrading",
      "The agent is upgrading one of its components; the host returns to service when it is done.",
      "Wait for the upgrade to finish; if it seems stuck, reinstall the component.",
      false);

  private final String wireName;
  private final String description;
  private final String operatorAction;
  private final boolean acceptsNewConnections;

  SessionHostStatus(
      String wireName, String description, String operatorAction, boolean acceptsNewConnections) {
    this.wireName = wireName;
    this.description = description;
    this.operatorAction = operatorAction;
    this.acceptsNewConnections = acceptsNewConnections;
  }

  /**
   * The name on the wire, as in the Azure API ({@code Available}, {@code NeedsAssistance}, ...).
   */
  public String wireName() {
    return wireName;
  }

  /** What the status means, for an operator. */
  public String description() {
    return description;
  }

  /** What the operator should do about a host in this status. */
  public String operatorAction() {
    return operatorAction;
  }

  /** Whether the broker may route new user sessions to a host in this status. */
  public boolean acceptsNewConnections() {
    return acceptsNewConnections;
  }

  /** The status with this wire name, if there is one (the API's enums are open). */
  public static Optional<SessionHostStatus> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }
}
