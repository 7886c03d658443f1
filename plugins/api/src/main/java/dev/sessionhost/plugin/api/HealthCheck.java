package dev.sessionhost.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * A health check that a plugin contributes to the host: the extension point of this SDK.
 *
 * <p>Contract for implementors:
 *
 * <ul>
 *   <li>Annotate the implementation with PF4J's {@code @Extension}. A plugin may provide several
 *       checks, each with its own {@linkplain CheckDescriptor#id() id}.
 *   <li>{@link #descriptor()} is cheap, side-effect free and returns the same value every time.
 *   <li>The host creates one instance per check and may call {@link #run(CheckContext)} from
 *       different threads, one cycle after another, but never concurrently for the same check id.
 *       State kept between runs must therefore be safely published (e.g. in {@code volatile} or
 *       concurrent fields); an instance that serves no state needs nothing.
 *   <li>{@code run} must return before {@link CheckContext#deadline()} and stop promptly when its
 *       thread is interrupted. The host stops waiting at the deadline and reports {@code UNKNOWN};
 *       a run that ignores interrupts keeps its worker busy and the next turn reports "still
 *       running".
 *   <li>{@code run} may throw: anything thrown, and a {@code null} verdict, become an {@code
 *       UNKNOWN} result carrying the reason. Throw (or return {@link CheckVerdict#undetermined})
 *       when a fact cannot be read; return {@link CheckVerdict#failed} only when the check knows
 *       the host is unhealthy.
 *   <li>The host caps messages at 4 KiB, so put the essential facts first.
 * </ul>
 *
 * @since 1.0
 */
public interface HealthCheck extends ExtensionPoint {

  /**
   * Describes this check: its id, what it verifies, how severe a failure is and how to fix it.
   *
   * @return the same descriptor on every call
   */
  CheckDescriptor descriptor();

  /**
   * Runs the check once.
   *
   * @param context the settings, deadline, clock and probes for this run
   * @return the verdict; never {@code null}
   * @throws Exception when the check cannot decide; the host reports {@code UNKNOWN} with the
   *     exception's message
   */
  CheckVerdict run(CheckContext context) throws Exception;
}
