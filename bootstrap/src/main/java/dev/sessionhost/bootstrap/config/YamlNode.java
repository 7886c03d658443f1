package dev.sessionhost.bootstrap.config;

import java.util.List;

/** A value of the YAML file with the line and column where it starts, for error messages. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  int line();

  int column();

  /** The value as an error message shows what was found: {@code "30 seconds"}, {@code a list}. */
  String describe();

  /** A text, number, boolean, or {@code null} (also for a key written without a value). */
  record Scalar(Object value, int line, int column) implements YamlNode {

    /** Whether the key was written without a value, which means "keep the default". */
    boolean isEmpty() {
      return value == null || (value instanceof String && ((String) value).isEmpty());
    }

    @Override
    public String describe() {
      if (value instanceof String) {
        String text = (String) value;
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
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

    @Override
    public String describe() {
      return "a section of keys";
    }
  }

  /** One key of a section, where the key is written, and its value. */
  record Entry(String key, int line, int column, YamlNode value) {}
}
