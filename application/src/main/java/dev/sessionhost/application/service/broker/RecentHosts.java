package dev.sessionhost.application.service.broker;

import dev.sessionhost.domain.pool.RegisteredHost;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hosts this broker stored last, by the hash of their credential, so that a heartbeat need not
 * read its host before it writes it. Only a hint, never the truth: a write based on it is
 * conditional on the stored host still having that credential and that last sequence, and when the
 * condition fails (another broker wrote, the host was deleted) the host is read again. Bounded:
 * past its capacity it forgets an arbitrary host, which then costs one read.
 */
final class RecentHosts {

  private final int capacity;
  private final Map<String, RegisteredHost> hosts = new ConcurrentHashMap<>();

  RecentHosts(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("a capacity cannot be negative, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** The host last stored with this credential hash, or null. */
  RegisteredHost get(String credentialHash) {
    return hosts.get(credentialHash);
  }

  /** Notes that {@code host} was just stored; of two racing notes the newer sequence stays. */
  void remember(String credentialHash, RegisteredHost host) {
    if (capacity == 0) {
      return;
    }
    hosts.merge(
        credentialHash, host, (old, now) -> now.lastSequence() >= old.lastSequence() ? now : old);
    if (hosts.size() > capacity) {
      Iterator<String> any = hosts.keySet().iterator();
      if (any.hasNext()) {
        any.next();
        any.remove();
      }
    }
  }

  void forget(String credentialHash) {
    hosts.remove(credentialHash);
  }

  int size() {
    return hosts.size();
  }
}
