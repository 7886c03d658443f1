package dev.sessionhost.support.yaml;

import java.util.List;

/** A value of a YAML file with the line and column where it starts, for error messages. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  /** The line the value starts on, from 1; 0 for a value not written in the file. */
  int line();

  /** The column the value starts at, from 1; 0 with {@link #line()}. */
  int column();

  /**
   * The value as an error message shows what was found: {@code "30 seconds"}, {@code 3389}, {@code
   * "3389" (in quotes)}, {@code a list}.
   */
  String describe();

  /**
   * A text, number ({@link Integer}, {@link Long}, {@link java.math.BigInteger}, {@link Double},
   * {@link java.math.BigDecimal}), boolean, or {@code null}.
   */
  record Scalar(Object value, int line, int column) implements YamlNode {

    /**
     * Whether the key was written without a value (or {@code null}, or {@code ""}): "keep the
     * default".
     */
    public boolean isEmpty() {
      return value == null || (value instanceof String && ((String) value).isEmpty());
    }

    @Override
    public String describe() {
      if (value instanceof String) {
        String text = (String) value;
        String shown = "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        // a number or boolean in quotes is text: say so, as that is why it was not taken
        return YamlReader.readsAsNonText(text) ? shown + " (in quotes)" : shown;
      }
      return String.valueOf(value);
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A section of keys, in the order written. */
  record Mapping(List<Entry> entries, int line, int column) implements YamlNode {

    /** The entry of the key, or null when the key is not written. */
    public Entry entry(String key) {
      // a plain loop rather than a stream: each lambda costs class spinning at start-up
      for (Entry entry : entries) {
        if (entry.key().equals(key)) {
          return entry;
        }
      }
      return null;
    }

    @Override
    public String describe() {
      return "a section of keys";
    }
  }

  /** One key of a section, where the key is written, and its value. */
  record Entry(String key, int line, int column, YamlNode value) {}
}
