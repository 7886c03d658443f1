package dev.sessionhost.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a wire record exactly as {@link WireJson#write} does, with jackson-core's generator alone.
 *
 * <p>A one-shot {@code sessionhost check --format json} or {@code azure} prints one document and
 * exits: building the data-binding mapper for it loads some 500 classes and costs a tenth of a
 * second, more than the rest of the output. The wire records are plain: components in declaration
 * order, texts, numbers, booleans, lists, maps, nested records, and {@code null} left out where the
 * record says {@code @JsonInclude(NON_NULL)}. That is all this writer knows; {@code RecordJsonTest}
 * holds it to the mapper's output.
 */
public final class RecordJson {

  /** Built on first use. */
  private static final class Factory {
    static final JsonFactory INSTANCE = JsonFactory.builder().build();
  }

  private RecordJson() {}

  /** The pretty printer of every JSON document the command line prints, one per document. */
  static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
  }

  /**
   * The record as pretty-printed JSON.
   *
   * @throws IllegalArgumentException for a component of a type a wire record does not use
   */
  public static String write(Record value) {
    StringWriter out = new StringWriter();
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return prettyPrinter();
          }

          @Override
          public boolean hasPrettyPrinter() {
            return true;
          }
        };
    try (JsonGenerator json = Factory.INSTANCE.createGenerator(context, out)) {
      value(json, value);
    }
    return out.toString();
  }

  private static void value(JsonGenerator json, Object value) {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof Double number) {
      json.writeNumber(number);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        value(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeName(String.valueOf(entry.getKey()));
        value(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof Record record) {
      record(json, record);
    } else {
      throw new IllegalArgumentException("a wire record holds no " + value.getClass().getName());
    }
  }

  private static void record(JsonGenerator json, Record record) {
    JsonInclude include = record.getClass().getAnnotation(JsonInclude.class);
    boolean skipNulls = include != null && include.value() == JsonInclude.Include.NON_NULL;
    json.writeStartObject();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component + " of " + record, e);
      }
      if (value == null && skipNulls) {
        continue;
      }
      json.writeName(component.getName());
      value(json, value);
    }
    json.writeEndObject();
  }
}
