package dev.sessionhost.adapter.out.simulated;

import java.net.URI;
import java.util.Locale;

/**
 * A TCP endpoint of the scenario's {@code network} lists, written as {@code host:port}, as {@code
 * host} (port 443) or as a URL ({@code https} 443, {@code http} 80 unless a port is given), like
 * the entries of the required-URL list.
 */
record Endpoint(String host, int port) {

  /** Lower-cases the host so that matching ignores case. */
  Endpoint {
    host = host.toLowerCase(Locale.ROOT);
  }

  /** Reads an entry of a {@code network} list. */
  static Endpoint parse(String text) {
    String trimmed = text.trim();
    if (trimmed.contains("://")) {
      URI uri = URI.create(trimmed);
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("\"" + text + "\" names no host");
      }
      int port =
          uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
      return new Endpoint(uri.getHost(), port);
    }
    int colon = trimmed.lastIndexOf(':');
    if (colon < 0) {
      return checked(trimmed, "443", text);
    }
    return checked(trimmed.substring(0, colon), trimmed.substring(colon + 1), text);
  }

  private static Endpoint checked(String host, String port, String text) {
    if (host.isEmpty() || host.contains("/") || host.contains(" ")) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not an endpoint (write host, host:port or a URL)");
    }
    int number;
    try {
      number = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      number = 0;
    }
    if (number < 1 || number > 65535) {
      throw new IllegalArgumentException(
          "\"" + text + "\": the port must be a number from 1 to 65535");
    }
    return new Endpoint(host, number);
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
