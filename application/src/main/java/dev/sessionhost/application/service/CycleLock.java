package dev.sessionhost.application.service;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps health cycles and plugin changes apart: a cycle never runs a check from a plugin that is
 * being swapped, and an upgrade never unloads a plugin whose check is running. Reentrant, so an
 * upgrade may run its smoke checks while holding it.
 */
public final class CycleLock {

  private final ReentrantLock lock = new ReentrantLock();

  /** Runs {@code work} while no cycle or plugin change runs elsewhere, waiting for its turn. */
  public <T> T holding(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
