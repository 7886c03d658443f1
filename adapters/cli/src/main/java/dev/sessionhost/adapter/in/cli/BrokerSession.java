package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.broker.IssuedToken;
import java.util.function.Consumer;

/** The broker's side of one command: the daemon, and the registration tokens it accepts. */
public interface BrokerSession extends AutoCloseable {

  /**
   * Runs the broker until it is told to stop (SIGTERM, SIGINT), logging one line per event to
   * {@code log}, and returns the exit code.
   *
   * @throws CheckSetupException when it cannot start (the database, the port)
   */
  int serve(Consumer<String> log) throws CheckSetupException;

  /**
   * Issues a registration token for {@code pool}, valid for {@code validFor} (text such as {@code
   * 24h} or {@code 7d}), straight into the broker's database.
   *
   * @throws CheckSetupException when the database cannot be opened, the pool is unknown or the
   *     validity cannot be read or is out of range
   */
  IssuedToken issueToken(String pool, String validFor) throws CheckSetupException;

  /** Releases what the session holds. Must not throw. */
  @Override
  void close();
}
