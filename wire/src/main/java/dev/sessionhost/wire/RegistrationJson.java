package dev.sessionhost.wire;

/**
 * The registration of a host with its broker, {@code POST /v1/register}: what the host sends, and
 * what the broker answers once (the credential is never shown again).
 */
public final class RegistrationJson {

  private RegistrationJson() {}

  /** The host's request: the registration token and the name it registers under. */
  public record Request(String registrationToken, String name) {

    @Override
    public String toString() {
      return "Request[name=" + name + ", registrationToken=***]";
    }
  }

  /** The broker's answer: the pool the host joined, its name, and its own credential. */
  public record Response(String hostPool, String name, String credential) {

    @Override
    public String toString() {
      return "Response[hostPool=" + hostPool + ", name=" + name + ", credential=***]";
    }
  }
}
