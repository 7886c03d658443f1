package dev.sessionhost.adapter.in.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's files, read once from this module's resources: a page, its script and its style,
 * served at {@code /}, {@code /portal.js} and {@code /portal.css} without a token, since they hold
 * no data. The page asks for the admin token and reads everything through the API with it; nothing
 * is fetched from outside the broker.
 */
final class Portal {

  /**
   * What the page may load and run: only the broker's own files, no inline script or style, no
   * frames. Even a host name that slipped past the page's text-only rendering could not run.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
          + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Map<String, Reply> files;

  private Portal(Map<String, Reply> files) {
    this.files = files;
  }

  static Portal load() {
    return new Portal(
        Map.of(
            "/", file("index.html", "text/html; charset=utf-8"),
            "/portal.js", file("portal.js", "text/javascript; charset=utf-8"),
            "/portal.css", file("portal.css", "text/css; charset=utf-8")));
  }

  /** The file served at {@code path}, if the portal has one there. */
  Optional<Reply> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  private static Reply file(String name, String contentType) {
    String resource = "portal/" + name;
    try (InputStream in = Portal.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the portal's " + resource + " is missing from the jar");
      }
      return new Reply(200, contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the portal's " + resource, e);
    }
  }
}
