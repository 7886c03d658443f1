package dev.sessionhost.adapter.in.http;

import dev.sessionhost.wire.WireJson;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/** The shared wire mapper without indentation: machines read the API, and bytes cost time. */
final class HttpJson {

  static final String CONTENT_TYPE = "application/json";

  private static final ObjectWriter COMPACT =
      WireJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private HttpJson() {}

  static byte[] bytes(Object value) {
    return COMPACT.writeValueAsBytes(value);
  }
}
