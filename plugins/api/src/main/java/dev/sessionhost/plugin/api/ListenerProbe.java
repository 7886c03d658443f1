package dev.sessionhost.plugin.api;

/**
 * Answers whether something listens for connections, by TCP port or by listener name.
 *
 * <p>On Linux the answers come from {@code /proc/net/tcp} and {@code /proc/net/tcp6} or a
 * connection attempt. Thread-safe, like every {@link Probe}.
 *
 * @since 1.0
 */
public interface ListenerProbe extends Probe {

  /**
   * Tells whether a process listens on the TCP port, on any local address.
   *
   * @param port from 1 to 65535
   * @throws ProbeException when the listeners cannot be read
   */
  ListenerState tcpListener(int port);

  /**
   * Tells whether a listener the environment knows by name is up: a process name on Linux (e.g.
   * {@code xrdp}), a listener name on Windows (e.g. {@code rdp-sxs}).
   *
   * @throws ProbeException when the listeners cannot be read, or the environment cannot look them
   *     up by name
   */
  ListenerState listenerNamed(String name);
}
