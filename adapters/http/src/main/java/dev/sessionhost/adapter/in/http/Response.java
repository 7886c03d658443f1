package dev.sessionhost.adapter.in.http;

import dev.sessionhost.wire.ErrorJson;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Callback;

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
  void writeTo(
      org.eclipse.jetty.server.Request request,
      org.eclipse.jetty.server.Response response,
      Callback callback,
      String server) {
    response.setStatus(status);
    HttpFields.Mutable out = response.getHeaders();
    out.put(HttpHeader.CONTENT_TYPE, contentType);
    out.put(HttpHeader.SERVER, server);
    headers.forEach(out::put);
    out.put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }

  Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, contentType, body, more);
  }
}
