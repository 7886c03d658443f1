package dev.sessionhost.plugin.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What the host hands a check for one run: its settings, its deadline, a clock and the
 * environment's probes.
 *
 * <p>A context belongs to one run and is used by the thread running the check (and any threads it
 * starts). Hosts implement this interface; plugin authors implement it only as a test fake.
 *
 * @since 1.0
 */
public interface CheckContext {

  /** The id of the check being run, as in its {@link CheckDescriptor#id()}. */
  String checkId();

  /** The check's settings from the host's configuration; empty when none are configured. */
  CheckSettings settings();

  /**
   * The instant by which the run must return, measured by {@link #clock()}. The host stops waiting
   * then and reports {@code UNKNOWN}; use it to size the timeouts of anything the check waits for.
   */
  Instant deadline();

  /**
   * The clock of the host; read time from it rather than the system clock so that tests and
   * simulations control it.
   */
  Clock clock();

  /** The time left until {@link #deadline()}, never negative. */
  default Duration remaining() {
    Duration left = Duration.between(clock().instant(), deadline());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * Returns the environment's probe of the given type, e.g. {@code probe(ListenerProbe.class)}.
   *
   * <p>Ask for probes inside {@link HealthCheck#run}, not when the check is created: the
   * environment may change between runs.
   *
   * @param type the probe interface, one of those in this SDK
   * @throws ProbeUnavailableException when the environment offers no such probe; the host reports
   *     {@code UNKNOWN} unless the check catches it
   */
  <P extends Probe> P probe(Class<P> type);
}
