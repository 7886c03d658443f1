package dev.sessionhost.adapter.in.cli;

import java.util.ArrayList;
import java.util.List;

/** Breaks running text into lines of at most a given length. */
final class TextWrap {

  private TextWrap() {}

  /**
   * Breaks {@code text} between words into lines of at most {@code width} characters, splitting a
   * word only when it is longer than a line. Line breaks in the text are kept; runs of spaces
   * collapse.
   */
  static List<String> wrap(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be positive, not " + width);
    }
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        String rest = word;
        if (rest.length() > width && line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        while (rest.length() > width) {
          lines.add(rest.substring(0, width));
          rest = rest.substring(width);
        }
        if (line.length() == 0) {
          line.append(rest);
        } else if (line.length() + 1 + rest.length() <= width) {
          line.append(' ').append(rest);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(rest);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
