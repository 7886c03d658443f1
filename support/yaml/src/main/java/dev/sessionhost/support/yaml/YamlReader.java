package dev.sessionhost.support.yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Reads YAML into {@link YamlNode}s that remember where each key and value was written.
 *
 * <p>It uses Jackson's streaming parser rather than a data-binding mapper: the mapper would cost
 * start-up time that a one-shot {@code check} cannot spare, and it loses the position of a value
 * once read, which every error message needs. A key written twice, an alias and a second document
 * are errors, not values to guess at.
 */
public final class YamlReader {

  private final String source;
  private final JsonParser parser;

  /** The key whose value is being read: where a limit of the parser was passed. */
  private String reading = "";

  private YamlReader(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  /** Built on first use: only a command that reads a file pays for it. */
  private static final class Factory {
    // a key written without a value reads as null, told apart from a quoted empty text ("")
    static final YAMLFactory INSTANCE =
        YAMLFactory.builder().enable(YAMLReadFeature.EMPTY_STRING_AS_NULL).build();
  }

  /**
   * The document's root value, or empty when the document holds nothing but comments.
   *
   * @param content the file's bytes
   * @param source the file as the user named it, for error messages
   * @throws LocatedException naming the place of a syntax error, duplicate key, alias or second
   *     document
   */
  public static Optional<YamlNode> read(byte[] content, String source) {
    try (JsonParser parser = Factory.INSTANCE.createParser(ObjectReadContext.empty(), content)) {
      YamlReader reader = new YamlReader(source, parser);
      try {
        return reader.document();
      } catch (JacksonException e) {
        // a limit of the parser (nesting depth, number length) comes without a place: the token
        // the parser stands on is the one that broke it
        String key = e instanceof StreamConstraintsException ? reader.reading : "";
        throw syntaxError(source, e, parser.currentTokenLocation(), key);
      }
    } catch (JacksonException e) {
      throw syntaxError(source, e, null, "");
    }
  }

  /** Whether the text, written without quotes, would read as a number, boolean or null. */
  static boolean readsAsNonText(String text) {
    if (text.isBlank()) {
      return false;
    }
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    try (JsonParser parser = Factory.INSTANCE.createParser(ObjectReadContext.empty(), content)) {
      JsonToken token = parser.nextToken();
      boolean scalar = token != null && token.isScalarValue() && token != JsonToken.VALUE_STRING;
      return scalar && parser.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  private Optional<YamlNode> document() {
    if (parser.nextToken() == null) {
      return Optional.empty();
    }
    YamlNode root = value("");
    if (parser.nextToken() != null) {
      throw errorHere("", "a second YAML document ('---'): write one document only");
    }
    return Optional.of(root);
  }

  private YamlNode value(String path) {
    TokenStreamLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return mapping(path, at);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(KeyPath.item(path, items.size())));
      }
      return new YamlNode.Sequence(items, at.getLineNr(), at.getColumnNr());
    }
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      throw errorHere(
          path, "aliases ('*" + parser.getString() + "') are not supported: write the value");
    }
    try {
      return new YamlNode.Scalar(scalar(token), at.getLineNr(), at.getColumnNr());
    } catch (StreamConstraintsException e) {
      throw errorHere(
          path,
          "a number too long to read: write at most "
              + StreamReadConstraints.DEFAULT_MAX_NUM_LEN
              + " digits");
    }
  }

  private YamlNode mapping(String path, TokenStreamLocation at) {
    List<YamlNode.Entry> entries = new ArrayList<>();
    Map<String, YamlNode.Entry> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      String keyPath = KeyPath.child(path, key);
      TokenStreamLocation keyAt = parser.currentTokenLocation();
      YamlNode.Entry first = seen.get(key);
      if (first != null) {
        throw errorHere(keyPath, "duplicate key (first written on line " + first.line() + ")");
      }
      parser.nextToken();
      String outer = reading;
      reading = keyPath;
      YamlNode.Entry entry =
          new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value(keyPath));
      reading = outer;
      seen.put(key, entry);
      entries.add(entry);
    }
    return new YamlNode.Mapping(entries, at.getLineNr(), at.getColumnNr());
  }

  private Object scalar(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_EMBEDDED_OBJECT:
        // !!binary: kept as the text it was written in, the one form every reader accepts
        Object embedded = parser.getEmbeddedObject();
        return embedded instanceof byte[]
            ? Base64.getEncoder().encodeToString((byte[]) embedded)
            : embedded == null ? null : embedded.toString();
      default:
        return null; // VALUE_NULL
    }
  }

  private LocatedException errorHere(String path, String problem) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new LocatedException(source, at.getLineNr(), at.getColumnNr(), path, problem);
  }

  private static LocatedException syntaxError(
      String source, JacksonException e, TokenStreamLocation parserAt, String key) {
    int line = 0;
    int column = 0;
    if (e.getCause() instanceof MarkedYamlEngineException
        && ((MarkedYamlEngineException) e.getCause()).getProblemMark().isPresent()) {
      // the YAML parser's own mark points at the fault; Jackson's may point at the last token
      Mark mark = ((MarkedYamlEngineException) e.getCause()).getProblemMark().get();
      line = mark.getLine() + 1;
      column = mark.getColumn() + 1;
    } else if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      line = e.getLocation().getLineNr();
      column = Math.max(1, e.getLocation().getColumnNr());
    } else if (parserAt != null && parserAt.getLineNr() > 0) {
      line = parserAt.getLineNr();
      column = Math.max(1, parserAt.getColumnNr());
    }
    return new LocatedException(source, line, column, key, "not valid YAML: " + describe(e), e);
  }

  private static String describe(JacksonException e) {
    if (e.getCause() instanceof MarkedYamlEngineException) {
      MarkedYamlEngineException yaml = (MarkedYamlEngineException) e.getCause();
      String context = yaml.getContext() == null ? "" : " (" + yaml.getContext().trim() + ")";
      String problem = yaml.getProblem() == null ? "" : yaml.getProblem().trim();
      return problem + context;
    }
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
