package dev.sessionhost.plugin.api;

/**
 * Answers whether a system service is installed and running.
 *
 * <p>On Linux the answers come from systemd ({@code systemctl show}) or, without it, the process
 * table. Thread-safe, like every {@link Probe}.
 *
 * @since 1.0
 */
public interface ServiceProbe extends Probe {

  /**
   * Reads the state of the service. A service that does not exist is an answer ({@code installed ==
   * false}), not an exception.
   *
   * @param name the service's name, e.g. {@code azuremonitoragent}
   * @throws ProbeException when the service manager cannot be asked
   */
  ServiceState service(String name);
}
