package dev.sessionhost.wire;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's one JSON mapper: immutable, fields in declaration order, pretty printed the
 * way {@code jq} prints (one element per line, {@code "name": value}). {@link RecordJson} writes
 * the same without it, for a one-shot command.
 */
public final class WireJson {

  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .defaultPrettyPrinter(RecordJson.prettyPrinter())
          .build();

  private WireJson() {}

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }
}
