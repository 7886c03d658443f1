package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Finds where the agent answers: the URL given, else the configuration's address. */
final class AgentLookup {

  private AgentLookup() {}

  /** The address, or empty after printing why the configuration could not tell it. */
  static Optional<AgentAddress> address(
      AgentSessions sessions, URI url, Path config, PrintWriter err) {
    CheckSetup setup =
        new CheckSetup(Optional.empty(), Optional.empty(), Optional.ofNullable(config));
    try (AgentSession session = sessions.openAgent(setup)) {
      AgentAddress configured = session.address();
      return Optional.of(url == null ? configured : configured.at(url));
    } catch (CheckSetupException e) {
      err.println("sessionhost: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  /** What to say when nothing listens at the address. */
  static String nobodyAt(AgentAddress address) {
    return "sessionhost: no agent answers at "
        + address.base()
        + " (connection refused); start one with 'sessionhost agent' or give --url";
  }
}
