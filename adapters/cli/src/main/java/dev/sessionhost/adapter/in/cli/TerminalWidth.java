package dev.sessionhost.adapter.in.cli;

import java.util.Map;

/** How wide the output may be: the terminal's {@code COLUMNS} when exported, else a default. */
final class TerminalWidth {

  static final int DEFAULT = 120;

  /** Narrower than this is taken for a mistake rather than a terminal. */
  private static final int NARROWEST = 40;

  private TerminalWidth() {}

  static int from(Map<String, String> environment) {
    String columns = environment.get("COLUMNS");
    if (columns == null) {
      return DEFAULT;
    }
    try {
      int width = Integer.parseInt(columns.trim());
      return width >= NARROWEST ? width : DEFAULT;
    } catch (NumberFormatException e) {
      return DEFAULT;
    }
  }
}
