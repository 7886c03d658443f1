package dev.sessionhost.adapter.out.simulated;

/**
 * One entry of the scenario's {@code listeners} list: a TCP port and the process behind it.
 *
 * @param port the TCP port, required
 * @param process the listening process, e.g. {@code xrdp}; default empty
 * @param listening whether it accepts connections; default true, so listing a port opens it and
 *     {@code listening: false} closes it without deleting the entry
 */
record ListenerFacts(Integer port, String process, Boolean listening) {

  /** Applies the defaults and checks the port. */
  ListenerFacts {
    if (port == null) {
      throw new FactException("port", "is required");
    }
    if (port < 1 || port > 65535) {
      throw new FactException("port", "must be from 1 to 65535, found " + port);
    }
    process = process == null ? "" : process.trim();
    listening = listening == null || listening;
  }
}
