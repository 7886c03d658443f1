package dev.sessionhost.adapter.out.simulated;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds the tokens of Jackson's streaming YAML parser to the scenario's records, keeping the key
 * path for error messages.
 *
 * <p>A data-binding mapper would do the same in many times the start-up time of a one-shot {@code
 * check}. The rules are the ones the scenario was first read with: no coercion of quoted numbers or
 * booleans, a number or boolean is accepted as text, {@code null} (or nothing) means absent, a
 * decimal number is cut to a whole one, and a section is made from all its keys before an unknown
 * key in it is reported.
 */
final class YamlBinder {

  /** Reads one value; the parser stands on its first token. */
  @FunctionalInterface
  interface Value<T> {
    T read(YamlBinder in);
  }

  /** A section: its keys in order, how to read each, and how to make the record. */
  record Section<T>(Class<T> type, List<Key> keys, Function<Object[], T> make) {}

  /** One key of a section. */
  record Key(String name, Value<?> value) {}

  private final JsonParser parser;
  private final List<Object> path = new ArrayList<>();

  private YamlBinder(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * The document's one value, null when it is {@code null}.
   *
   * @throws ScenarioProblem naming where and why the document does not fit
   */
  static <T> T document(JsonParser parser, Class<T> type, Value<T> root) {
    YamlBinder in = new YamlBinder(parser);
    try {
      if (parser.nextToken() == null) {
        throw in.wrongType(type);
      }
      T value = parser.currentToken() == JsonToken.VALUE_NULL ? null : root.read(in);
      if (parser.nextToken() != null) {
        throw ScenarioProblem.secondDocument(parser.currentTokenLocation());
      }
      return value;
    } catch (JacksonException e) {
      // a limit of the parser (nesting depth, number length) comes without a place: the token
      // the parser stands on is the one that broke it
      throw ScenarioProblem.parser(
          in.path, e, e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation());
    }
  }

  String text() {
    switch (token()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        parser.getNumberValue(); // a number that does not parse (.inf) is reported, not copied
        return parser.getValueAsString();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return parser.getValueAsString();
      case VALUE_EMBEDDED_OBJECT:
        Object embedded = parser.getEmbeddedObject();
        if (embedded instanceof byte[]) {
          return Base64.getEncoder().encodeToString((byte[]) embedded);
        }
        return embedded == null ? null : embedded.toString();
      default:
        throw wrongType(String.class);
    }
  }

  Boolean bool() {
    switch (token()) {
      case VALUE_NULL:
        return null;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        throw wrongType(Boolean.class);
    }
  }

  Integer integer() {
    switch (token()) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return parser.getIntValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getValueAsInt();
      default:
        throw wrongType(Integer.class);
    }
  }

  Long whole() {
    switch (token()) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getValueAsLong();
      default:
        throw wrongType(Long.class);
    }
  }

  /**
   * A value our own reader makes from text: {@code read} throws {@link IllegalArgumentException}
   * with the operator's words; anything but text is answered with {@code notText}.
   */
  <T> T fromText(Function<String, T> read, String notText) {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw ScenarioProblem.badValue(path, parser.currentTokenLocation(), notText);
    }
    try {
      return read.apply(parser.getString());
    } catch (IllegalArgumentException e) {
      throw ScenarioProblem.badValue(path, parser.currentTokenLocation(), e.getMessage());
    }
  }

  <E> List<E> list(Value<E> item) {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw wrongType(List.class);
    }
    List<E> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      path.add(items.size());
      items.add(token() == JsonToken.VALUE_NULL ? null : item.read(this));
      path.remove(path.size() - 1);
    }
    return items;
  }

  /** A map keyed by text; {@code key} makes the key, throwing IllegalArgumentException if bad. */
  <K, V> Map<K, V> map(Function<String, K> key, Value<V> value) {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw wrongType(Map.class);
    }
    Map<K, V> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      K made;
      try {
        made = key.apply(name);
      } catch (IllegalArgumentException e) {
        throw ScenarioProblem.badKey(path, parser.currentTokenLocation(), name, e.getMessage());
      }
      parser.nextToken();
      path.add(name);
      entries.put(made, token() == JsonToken.VALUE_NULL ? null : value.read(this));
      path.remove(path.size() - 1);
    }
    return entries;
  }

  <T> T section(Section<T> section) {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      if (token.isNumeric()) {
        parser.getNumberValue(); // as for text: a number that does not parse is reported as such
      }
      throw wrongType(section.type());
    }
    List<Key> keys = section.keys();
    Object[] values = new Object[keys.size()];
    String firstUnknown = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      int index = indexOf(keys, name);
      if (index < 0) {
        // reported once the record is made: what the record rejects is the thing to fix first
        firstUnknown = firstUnknown == null ? name : firstUnknown;
        parser.skipChildren();
        continue;
      }
      path.add(name);
      values[index] = token() == JsonToken.VALUE_NULL ? null : keys.get(index).value().read(this);
      path.remove(path.size() - 1);
    }
    T made = make(section, values);
    if (firstUnknown != null) {
      throw unknownKey(section, firstUnknown);
    }
    return made;
  }

  private <T> T make(Section<T> section, Object[] values) {
    try {
      return section.make().apply(values);
    } catch (FactException e) {
      throw ScenarioProblem.impossible(path, parser.currentTokenLocation(), e);
    }
  }

  private ScenarioProblem unknownKey(Section<?> section, String name) {
    List<Object> at = new ArrayList<>(path);
    at.add(name);
    List<String> known = new ArrayList<>();
    section.keys().forEach(key -> known.add(key.name()));
    // past the section's end, where the parser stands once it has read the whole section
    return ScenarioProblem.unknownKey(at, parser.currentLocation(), name, known);
  }

  private ScenarioProblem wrongType(Class<?> expected) {
    return ScenarioProblem.wrongType(path, parser.currentTokenLocation(), expected);
  }

  private JsonToken token() {
    return parser.currentToken();
  }

  private static int indexOf(List<Key> keys, String name) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
