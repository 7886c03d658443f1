package dev.sessionhost.domain.check;

import java.nio.charset.StandardCharsets;

/** Cuts text that a check reports to a size the agent is willing to keep and send. */
final class BoundedText {

  private BoundedText() {}

  /**
   * Returns {@code text} if its UTF-8 form fits in {@code maxBytes}, otherwise its longest prefix
   * that fits together with a marker saying how much was cut. Never splits a character.
   */
  static String cap(String text, int maxBytes) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= maxBytes) {
      return text;
    }
    String marker = " [... cut: " + utf8.length + " bytes in all]";
    int budget = maxBytes - marker.getBytes(StandardCharsets.UTF_8).length;
    if (budget < 0) {
      throw new IllegalArgumentException("cannot cap text to " + maxBytes + " bytes with a marker");
    }
    int end = 0;
    int used = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = utf8Length(codePoint);
      if (used + size > budget) {
        break;
      }
      used += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end) + marker;
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
