package dev.sessionhost.adapter.in.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.sessionhost.wire.ErrorJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an endpoint answers: a status code, the body's type and bytes, and extra headers. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

  Response {
    headers = Map.copyOf(headers);
  }

  static Response json(int status, byte[] body) {
    return new Response(status, HttpJson.CONTENT_TYPE, body, Map.of());
  }

  static Response json(int status, Object value) {
    return json(status, HttpJson.bytes(value));
  }

  static Response error(int status, String code, String message) {
    return json(status, ErrorJson.of(code, message));
  }

  static Response notFound(String message) {
    return error(404, "NotFound", message);
  }

  static Response badRequest(String message) {
    return error(400, "BadRequest", message);
  }

  static Response tooLarge(long limit) {
    return error(413, "PayloadTooLarge", "the request body is larger than " + limit + " bytes")
        .withHeader("Connection", "close");
  }

  /** Sends this response, its headers only when the request is a HEAD. */
  void writeTo(HttpExchange exchange, String server) throws IOException {
    Headers out = exchange.getResponseHeaders();
    out.set("Content-Type", contentType);
    out.set("Server", server);
    headers.forEach(out::set);
    if (exchange.getRequestMethod().equals("HEAD")) {
      // the server refuses a length argument for HEAD but passes the header on
      out.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(body);
    }
  }

  Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, contentType, body, more);
  }
}
