package dev.sessionhost.adapter.out.linux;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process together with every process it started. */
final class ProcessTree {

  private static final long REAP_WAIT_MILLIS = 2_000;

  private ProcessTree() {}

  /**
   * Kills the process and its descendants with SIGKILL, and waits briefly for the process to be
   * reaped. The descendants are listed first: once their parent is gone they are re-parented and no
   * longer found through it. The caller's interrupt status is kept.
   */
  static void kill(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
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
