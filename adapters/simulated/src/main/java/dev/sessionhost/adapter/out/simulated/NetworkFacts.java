package dev.sessionhost.adapter.out.simulated;

import java.util.List;
import java.util.Objects;

/**
 * The scenario's {@code network} section: which TCP endpoints accept a connection.
 *
 * @param fallback the key {@code default}: {@code reachable} or {@code unreachable}, for endpoints
 *     in neither list; default {@code unreachable}
 * @param reachable endpoints that accept connections
 * @param unreachable endpoints that refuse them
 */
record NetworkFacts(String fallback, List<Endpoint> reachable, List<Endpoint> unreachable) {

  /** Applies the defaults and rejects an endpoint listed both ways. */
  NetworkFacts {
    fallback = fallback == null ? "unreachable" : fallback.trim();
    if (!fallback.equals("reachable") && !fallback.equals("unreachable")) {
      throw new FactException(
          "default", "must be reachable or unreachable, found \"" + fallback + "\"");
    }
    reachable = endpoints("reachable", reachable);
    unreachable = endpoints("unreachable", unreachable);
    for (Endpoint endpoint : reachable) {
      if (unreachable.contains(endpoint)) {
        throw new FactException("reachable", "lists " + endpoint + ", which unreachable lists too");
      }
    }
  }

  private static List<Endpoint> endpoints(String key, List<Endpoint> given) {
    if (given == null) {
      return List.of();
    }
    if (given.stream().anyMatch(Objects::isNull)) {
      throw new FactException(key, "has an empty entry");
    }
    return List.copyOf(given);
  }

  /** No network section: nothing is reachable. */
  static NetworkFacts absent() {
    return new NetworkFacts(null, null, null);
  }

  /** Whether endpoints in neither list are reachable. */
  boolean reachableByDefault() {
    return fallback.equals("reachable");
  }
}
