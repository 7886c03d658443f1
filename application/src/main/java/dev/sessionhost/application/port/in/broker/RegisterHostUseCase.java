package dev.sessionhost.application.port.in.broker;

/** Registers a host with a registration token and hands it its own credential. */
public interface RegisterHostUseCase {

  /**
   * Registers the host.
   *
   * @throws BrokerException {@code INVALID_REGISTRATION_TOKEN}, {@code EXPIRED_MACHINE_TOKEN},
   *     {@code NAME_ALREADY_REGISTERED} or {@code INVALID_REQUEST} (a bad host name)
   */
  HostCredential register(RegisterHostCommand command);
}
