package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ListenerState;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Listeners as the scenario's {@code listeners} list states them: listed and up, or not. */
final class ScenarioListenerProbe implements ListenerProbe {

  private final ScenarioFile file;

  ScenarioListenerProbe(ScenarioFile file) {
    this.file = file;
  }

  @Override
  public ListenerState tcpListener(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be from 1 to 65535, found " + port);
    }
    List<ListenerFacts> listeners = file.enter(Faults.TCP_LISTENER).listeners();
    int index = find(listeners, entry -> entry.port() == port);
    if (index < 0) {
      return new ListenerState(false, port, "", file.where("listeners"));
    }
    ListenerFacts entry = listeners.get(index);
    return new ListenerState(
        entry.listening(), port, entry.process(), file.where("listeners", index));
  }

  @Override
  public ListenerState listenerNamed(String name) {
    Objects.requireNonNull(name, "name");
    List<ListenerFacts> listeners = file.enter(Faults.LISTENER_NAMED).listeners();
    int index = find(listeners, entry -> entry.process().equals(name));
    if (index < 0) {
      return new ListenerState(false, 0, "", file.where("listeners"));
    }
    ListenerFacts entry = listeners.get(index);
    return new ListenerState(
        entry.listening(),
        entry.listening() ? entry.port() : 0,
        entry.process(),
        file.where("listeners", index));
  }

  /** The first matching entry that listens, else the first matching one, else -1. */
  private static int find(List<ListenerFacts> listeners, Predicate<ListenerFacts> matches) {
    int fallback = -1;
    for (int i = 0; i < listeners.size(); i++) {
      if (matches.test(listeners.get(i))) {
        if (listeners.get(i).listening()) {
          return i;
        }
        fallback = fallback < 0 ? i : fallback;
      }
    }
    return fallback;
  }
}
