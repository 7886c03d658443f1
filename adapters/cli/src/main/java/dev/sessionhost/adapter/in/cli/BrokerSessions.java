package dev.sessionhost.adapter.in.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Wires the broker for the {@code broker} commands: the configuration decides the database and the
 * address, so only the bootstrap can build it.
 */
@FunctionalInterface
public interface BrokerSessions {

  /**
   * Reads the configuration (the file given, else the standard one) and returns a session; nothing
   * opens until a method of the session asks for it.
   *
   * @throws CheckSetupException when the configuration cannot be used, with a message to print
   */
  BrokerSession openBroker(Optional<Path> config) throws CheckSetupException;
}
