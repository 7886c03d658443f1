package dev.sessionhost.bootstrap;

import dev.sessionhost.adapter.in.http.AgentHttpApi;

/** Builds the agent's HTTP API once the admin token is known (from the config or its file). */
@FunctionalInterface
interface AgentHttpApiFactory {

  /**
   * @throws IllegalArgumentException when http.bind names no address
   */
  AgentHttpApi create(String adminToken);
}
