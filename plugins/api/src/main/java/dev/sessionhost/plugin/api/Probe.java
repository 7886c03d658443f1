package dev.sessionhost.plugin.api;

/**
 * A source of facts about the machine, supplied by the environment the host runs in.
 *
 * <p>Checks get probes from {@link CheckContext#probe(Class)} instead of reading the machine
 * themselves, so that the same check runs on a real host and in a simulation. Contract for
 * implementors (environment adapters):
 *
 * <ul>
 *   <li>Be thread-safe: several checks call the same probe at once.
 *   <li>Name the source of every answer (the command run, the file read), so that a check's message
 *       can say what was looked at.
 *   <li>Return promptly, honour thread interrupts, and throw {@link ProbeException} when a fact
 *       cannot be read. A missing fact that is itself the answer (no such service, nothing
 *       listening) is an answer, not an exception.
 * </ul>
 *
 * <p>A check may let a {@code ProbeException} propagate, which the host reports as {@code UNKNOWN},
 * or turn it into {@link CheckVerdict#undetermined}.
 *
 * @since 1.0
 */
public interface Probe {}
