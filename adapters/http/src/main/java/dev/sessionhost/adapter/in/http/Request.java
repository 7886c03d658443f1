package dev.sessionhost.adapter.in.http;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.io.Content;

/**
 * A request as an endpoint sees it: the path segment its route captured, the query, the headers and
 * the body with the most bytes the route accepts.
 */
record Request(org.eclipse.jetty.server.Request exchange, String pathParameter, long bodyLimit) {

  Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getHeaders().get(name));
  }

  /** The first value of query parameter {@code name}, decoded. */
  Optional<String> query(String name) {
    String raw = exchange.getHttpURI().getQuery();
    if (raw == null) {
      return Optional.empty();
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (decode(key).equals(name)) {
        return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return Optional.empty();
  }

  /** The body as a blocking stream: read it on a thread that may wait. */
  InputStream body() {
    return Content.Source.asInputStream(exchange);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // a stray '%' is taken as written rather than failing the request
      return text;
    }
  }
}
