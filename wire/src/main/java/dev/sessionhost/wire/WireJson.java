package dev.sessionhost.wire;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's one JSON mapper: immutable, fields in declaration order, pretty printed the
 * way {@code jq} prints (one element per line, {@code "name": value}).
 */
public final class WireJson {

  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                  .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
                  .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE))
          .build();

  private WireJson() {}

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }
}
