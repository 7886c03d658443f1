package dev.sessionhost.adapter.out.history;

import dev.sessionhost.domain.health.StatusChange;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/** Reads the changes of one history file, skipping lines that a crash or an editor damaged. */
final class HistoryReader {

  private static final System.Logger LOG = System.getLogger(HistoryReader.class.getName());

  private final JsonMapper mapper;

  HistoryReader(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Passes each readable change of {@code file} to {@code sink}, in file order.
   *
   * @return whether the file ends in a cut line (no final newline), so the next append must first
   *     start a new line
   */
  boolean read(Path file, Consumer<StatusChange> sink) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    // split leaves an empty last element when the file ends with a newline; anything else was cut.
    int complete = lines.length - 1;
    for (int i = 0; i < complete; i++) {
      parse(file, i + 1, lines[i], sink);
    }
    String tail = lines[complete];
    if (tail.isEmpty()) {
      return false;
    }
    LOG.log(
        Level.WARNING,
        "skipping line {0} of {1}: it has no end of line, probably cut by a crash",
        complete + 1,
        file);
    return true;
  }

  private void parse(Path file, int number, String line, Consumer<StatusChange> sink) {
    if (line.isBlank()) {
      return;
    }
    StatusChange change;
    try {
      change = mapper.readValue(line, HistoryLine.class).toChange();
    } catch (RuntimeException e) {
      // Jackson 3 exceptions are unchecked; a bad name or a missing field is also just a bad line.
      LOG.log(
          Level.WARNING,
          "skipping line {0} of {1}: not a readable status change ({2})",
          number,
          file,
          firstLine(e.getMessage()));
      return;
    }
    sink.accept(change);
  }

  // Jackson messages go on with the source location over several lines; a log line needs one.
  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
