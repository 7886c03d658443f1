package dev.sessionhost.adapter.in.broker;

import dev.sessionhost.wire.ErrorJson;
import dev.sessionhost.wire.WireJson;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/** An answer of the broker's API: status, content type, body. */
record Reply(int status, String contentType, byte[] body) {

  static final String JSON = "application/json";

  private static final ObjectWriter COMPACT =
      WireJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  static Reply json(int status, Object value) {
    return new Reply(status, JSON, COMPACT.writeValueAsBytes(value));
  }

  static Reply ok(Object value) {
    return json(200, value);
  }

  /** The Azure-style error body the agent's API also answers with. */
  static Reply error(int status, String code, String message) {
    return json(status, ErrorJson.of(code, message));
  }

  static Reply text(int status, String contentType, String text) {
    return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  static Reply noContent() {
    return new Reply(204, JSON, new byte[0]);
  }
}
