package dev.sessionhost.adapter.in.http;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the API's threads and makes them daemons, so they never keep the agent alive. */
final class DaemonThreads implements ThreadFactory {

  private final String prefix;
  private final AtomicInteger next = new AtomicInteger(1);

  DaemonThreads(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + next.getAndIncrement());
    thread.setDaemon(true);
    return thread;
  }
}
