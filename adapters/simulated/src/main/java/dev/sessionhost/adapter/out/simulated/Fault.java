package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.DurationText;
import dev.sessionhost.plugin.api.ProbeException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One entry of the scenario's {@code faults} map: make a probe method slow, hang or throw.
 *
 * @param delay how long each call waits before it answers (or throws the error)
 * @param hang whether each call blocks until its thread is interrupted; default false
 * @param error when set, each call throws a {@link ProbeException} with this message
 */
record Fault(Duration delay, Boolean hang, String error) {

  /** Applies the defaults and rejects an empty or contradictory fault. */
  Fault {
    hang = hang != null && hang;
    if (hang && (delay != null || error != null)) {
      throw new FactException("hang", "cannot be combined with delay or error");
    }
    if (!hang && delay == null && error == null) {
      throw new FactException("", "a fault needs delay, hang: true or error");
    }
    if (error != null && error.isBlank()) {
      throw new FactException("error", "must say what went wrong");
    }
  }

  /**
   * Holds the calling thread as the fault says, at most {@code limit} for a delay (null: no limit),
   * and tells whether the full delay passed; a hang ends only by an interrupt.
   *
   * @throws ProbeException when the thread is interrupted, with its interrupt flag set again
   */
  boolean hold(Duration limit, String where) {
    try {
      if (hang) {
        while (true) {
          TimeUnit.DAYS.sleep(1);
        }
      }
      if (delay == null) {
        return true;
      }
      boolean cut = limit != null && limit.compareTo(delay) < 0;
      TimeUnit.NANOSECONDS.sleep(saturatedNanos(cut ? limit : delay));
      return !cut;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException(
          "interrupted while "
              + (hang ? "hanging" : "waiting " + DurationText.format(delay))
              + " as "
              + where
              + " says",
          e);
    }
  }

  /** Throws the fault's error, if it has one. */
  void raise(String where) {
    if (error != null) {
      throw new ProbeException(error + " (" + where + ")");
    }
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return Math.max(0, duration.toNanos());
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
