package dev.sessionhost.plugin.api;

import java.util.Locale;

/**
 * How serious a failure of a check is for the host that runs it.
 *
 * <p>The descriptor states the default; an operator may override it per check in the host's
 * configuration, and that override wins. An {@code UNKNOWN} result counts as a failure: the host
 * fails closed.
 *
 * <p>Operators never write these names. In every configuration (a check's {@code failureEffect}, a
 * command check's, an app attach package's) they name the effect on the host, {@code UNAVAILABLE},
 * {@code NEEDS_ASSISTANCE} or {@code NONE}, or the Azure names {@code Unhealthy}, {@code
 * NeedsAssistance} and {@code DoNotFail} as aliases; {@link #ofFailureEffect} reads them all and
 * {@link CheckSettings#failureEffect} reads one from a check's settings. Messages use the effect
 * names.
 *
 * @since 1.0
 */
public enum Severity {
  /** The host cannot serve sessions: a failure makes it {@code Unavailable}. */
  FATAL("UNAVAILABLE", "Unhealthy"),
  /**
   * The host still serves sessions but needs an operator: a failure makes it {@code
   * NeedsAssistance}.
   */
  NON_FATAL("NEEDS_ASSISTANCE", "NeedsAssistance"),
  /** A failure is reported but does not change the host's status. */
  INFORMATIONAL("NONE", "DoNotFail");

  /**
   * What an operator may write for a failure effect, for error messages.
   *
   * @since 1.2
   */
  public static final String FAILURE_EFFECTS =
      "UNAVAILABLE, NEEDS_ASSISTANCE or NONE (or Unhealthy, NeedsAssistance, DoNotFail)";

  private final String failureEffect;
  private final String azureName;

  Severity(String failureEffect, String azureName) {
    this.failureEffect = failureEffect;
    this.azureName = azureName;
  }

  /**
   * The name of this severity's effect on the host, as configurations and messages write it: {@code
   * UNAVAILABLE}, {@code NEEDS_ASSISTANCE} or {@code NONE}.
   *
   * @since 1.2
   */
  public String failureEffect() {
    return failureEffect;
  }

  /**
   * The Azure name of this severity's effect ({@code Unhealthy}, {@code NeedsAssistance}, {@code
   * DoNotFail}), accepted as an alias.
   *
   * @since 1.2
   */
  public String azureName() {
    return azureName;
  }

  /**
   * Reads a failure effect as an operator writes it: an effect name or its Azure alias, in any
   * case, with {@code -}, {@code _} or spaces anywhere ({@code needs-assistance}, {@code
   * Needs_Assistance}, {@code DoNotFail}).
   *
   * @throws IllegalArgumentException naming what is accepted ({@link #FAILURE_EFFECTS})
   * @since 1.2
   */
  public static Severity ofFailureEffect(String text) {
    String wanted = normalized(text);
    for (Severity severity : values()) {
      if (normalized(severity.failureEffect).equals(wanted)
          || normalized(severity.azureName).equals(wanted)) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "unknown failure effect '" + text + "': expected " + FAILURE_EFFECTS);
  }

  private static String normalized(String text) {
    return text.replaceAll("[-_\\s]", "").toLowerCase(Locale.ROOT);
  }
}
