package dev.sessionhost.adapter.out.simulated;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An HTTP address without its query string, normalised so that a request matches the scenario's key
 * however the two spell the scheme, host case, default port or an empty path.
 */
record UrlKey(String text) {

  /** Reads a key of the scenario's {@code http} map. */
  static UrlKey parse(String text) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getReason());
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "leave out the query string: a request matches whatever its query");
    }
    return of(uri);
  }

  /** The key a request for the address looks up; its query string is ignored. */
  static UrlKey of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http or https URL");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("names no host");
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return new UrlKey(
        scheme
            + "://"
            + uri.getHost().toLowerCase(Locale.ROOT)
            + (defaultPort ? "" : ":" + port)
            + path);
  }

  // by hand, as in CheckId: a record's own equals and hashCode spin classes at first use

  @Override
  public boolean equals(Object other) {
    return other instanceof UrlKey key && text.equals(key.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
