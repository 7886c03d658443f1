package dev.sessionhost.adapter.out.simulated;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The facts a scenario file states, with every section optional: what it leaves out is absent (not
 * joined, not listening, not installed, no answer, missing).
 */
record Scenario(
    String description,
    DirectoryFacts directory,
    List<ListenerFacts> listeners,
    Map<String, ServiceFacts> services,
    Map<UrlKey, HttpFacts> http,
    NetworkFacts network,
    Map<String, FileFacts> files,
    Faults faults) {

  /** Applies the defaults; an entry written with no keys ({@code name:}) gets its defaults. */
  Scenario {
    description = description == null ? "" : description;
    directory = directory == null ? DirectoryFacts.absent() : directory;
    listeners = listeners == null ? List.of() : listeners;
    if (listeners.stream().anyMatch(Objects::isNull)) {
      throw new FactException("listeners", "has an empty entry: each needs at least a port");
    }
    listeners = List.copyOf(listeners);
    services = entries(services, ServiceFacts::listedOnly);
    http = entries(http, HttpFacts::listedOnly);
    network = network == null ? NetworkFacts.absent() : network;
    files = entries(files, FileFacts::listedOnly);
    faults = faults == null ? Faults.none() : faults;
  }

  /** The fault the scenario sets for the probe method, e.g. {@code HttpProbe.get}. */
  Optional<Fault> fault(String call) {
    return faults.of(call);
  }

  private static <K, V> Map<K, V> entries(Map<K, V> given, Supplier<V> listedOnly) {
    if (given == null) {
      return Map.of();
    }
    Map<K, V> copy = new LinkedHashMap<>();
    given.forEach((key, value) -> copy.put(key, value == null ? listedOnly.get() : value));
    return Collections.unmodifiableMap(copy);
  }
}
