package dev.sessionhost.adapter.in.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request as an endpoint sees it: the path segment its route captured, the query, the headers and
 * the body with the most bytes the route accepts.
 */
record Request(HttpExchange exchange, String pathParameter, long bodyLimit) {

  Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  /** The first value of query parameter {@code name}, decoded. */
  Optional<String> query(String name) {
    String raw = exchange.getRequestURI().getRawQuery();
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

  InputStream body() {
    return exchange.getRequestBody();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
