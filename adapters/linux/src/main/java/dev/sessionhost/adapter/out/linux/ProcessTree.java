package dev.sessionhost.adapter.out.linux;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process together with every process it started. */
final class ProcessTree {

  private static final long REAP_WAIT_MILLIS = 2_000;

  /** Rounds of looking for what is left of a session: a member may fork while being killed. */
  private static final int SWEEPS = 50;

  private static final long SWEEP_PAUSE_MILLIS = 20;

  private ProcessTree() {}

  /**
   * Kills the process and its descendants with SIGKILL, and waits briefly for the process to be
   * reaped. The descendants are listed first: once their parent is gone they are re-parented and no
   * longer found through it. The caller's interrupt status is kept.
   */
  static void kill(Process process) {
    List<ProcessHandle> descendants = descendantsWhileAlive(process);
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    awaitReaped(process);
  }

  /**
   * Kills a process that was started as the leader of its own session (through {@code setsid}),
   * with its descendants and every live process still in its process group or session, until none
   * is left. Children that were re-parented away (a background job, a double fork) keep the group
   * and session, so they are found through {@code processes} even once the leader is gone; a
   * descendant that started a session of its own is caught by the descendant snapshot taken first.
   * The caller's interrupt status is kept.
   */
  static void killSession(Process leader, ProcessTable processes) {
    List<ProcessHandle> descendants = descendantsWhileAlive(leader);
    leader.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    // the kernel does not reuse a pid while it names a live group or session, so the id is safe
    boolean interrupted = Thread.interrupted(); // finish the sweep even for an interrupted caller
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      List<Long> left = processes.liveMembersOf(leader.pid());
      if (left.isEmpty()) {
        break;
      }
      left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      try {
        Thread.sleep(SWEEP_PAUSE_MILLIS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    awaitReaped(leader);
  }

  /**
   * The process's descendants, or none once it has ended: they were re-parented and cannot be found
   * through it, and the JDK reads the whole process table to look.
   */
  private static List<ProcessHandle> descendantsWhileAlive(Process process) {
    return process.isAlive() ? process.descendants().toList() : List.of();
  }

  private static void awaitReaped(Process process) {
    boolean interrupted = Thread.interrupted();
    try {
      process.waitFor(REAP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
