package dev.sessionhost.plugins.urlsaccessible;

import dev.sessionhost.plugin.api.SettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A TCP endpoint to reach, read from one entry of the {@code urls} setting: a URL ({@code https}
 * means 443, {@code http} 80, unless a port is given), {@code host:port}, or a bare host (443).
 */
record Endpoint(String host, int port) {

  static final String EXPECTED =
      "an http or https URL, host:port or a host name, e.g. login.microsoftonline.com:443";

  /**
   * Parses an entry that holds no wildcard.
   *
   * @param key the entry's key for errors, e.g. {@code urls[3]}
   * @throws SettingException naming the key when the entry is not an endpoint
   */
  static Endpoint parse(String entry, String checkId, String key) {
    String text = entry.trim();
    Endpoint endpoint = text.contains("://") ? fromUrl(text) : fromHostPort(text);
    if (endpoint == null
        || endpoint.host().isEmpty()
        || endpoint.port() < 1
        || endpoint.port() > 65535) {
      throw new SettingException(checkId, key, EXPECTED, entry);
    }
    return endpoint;
  }

  private static Endpoint fromUrl(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return null;
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
    return new Endpoint(unbracket(uri.getHost()), port);
  }

  private static Endpoint fromHostPort(String text) {
    if (text.contains("/") || text.contains(" ")) {
      return null;
    }
    if (text.startsWith("[")) { // [IPv6] or [IPv6]:port
      int close = text.indexOf(']');
      if (close < 0) {
        return null;
      }
      String rest = text.substring(close + 1);
      if (rest.isEmpty()) {
        return new Endpoint(text.substring(1, close), 443);
      }
      return rest.startsWith(":") ? withPort(text.substring(1, close), rest.substring(1)) : null;
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new Endpoint(text, 443);
    }
    if (colon != text.lastIndexOf(':')) {
      return new Endpoint(text, 443); // a bare IPv6 address
    }
    return withPort(text.substring(0, colon), text.substring(colon + 1));
  }

  private static Endpoint withPort(String host, String port) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return new Endpoint(host, Integer.parseInt(port));
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** How the endpoint is shown in messages, e.g. {@code azkms.core.windows.net:1688}. */
  String label() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
