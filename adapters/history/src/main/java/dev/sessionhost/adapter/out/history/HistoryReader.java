package dev.sessionhost.adapter.out.history;

import dev.sessionhost.domain.health.StatusChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/** Reads the changes of one history file, skipping lines that a crash or an editor damaged. */
final class HistoryReader {

  private final JsonMapper mapper;

  HistoryReader(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * What one file held besides its changes: the damaged lines skipped, and whether it ends in a cut
   * line (no final newline), so the next append must first start a new line.
   *
   * @param changes how many changes were read
   * @param damaged how many lines were skipped as not a readable status change
   * @param firstDamage the number of the first damaged line and why, or "" when none was
   * @param cutLineAtEnd whether the last line has no end of line, as a crash mid-write leaves it
   */
  record Read(int changes, int damaged, String firstDamage, boolean cutLineAtEnd) {}

  /** Passes each readable change of {@code file} to {@code sink}, in file order. */
  Read read(Path file, Consumer<StatusChange> sink) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    // split leaves an empty last element when the file ends with a newline; anything else was cut.
    int complete = lines.length - 1;
    int changes = 0;
    int damaged = 0;
    String firstDamage = "";
    for (int i = 0; i < complete; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        sink.accept(mapper.readValue(lines[i], HistoryLine.class).toChange());
        changes++;
      } catch (RuntimeException e) {
        // Jackson 3 exceptions are unchecked; a bad name or a missing field is also just a bad
        // line.
        if (damaged++ == 0) {
          firstDamage = "line " + (i + 1) + ": " + firstLine(e.getMessage());
        }
      }
    }
    String tail = lines[complete];
    if (!tail.isEmpty() && !tail.startsWith("{")) {
      // every line written starts with '{': a crash cuts its end, never its start
      if (damaged++ == 0) {
        firstDamage = "line " + (complete + 1) + ": not a JSON object";
      }
      return new Read(changes, damaged, firstDamage, true);
    }
    return new Read(changes, damaged, firstDamage, !tail.isEmpty());
  }

  // Jackson messages go on with the source location over several lines; a log line needs one.
  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    String first = end < 0 ? message : message.substring(0, end);
    // a damaged line may put any character into the message: none may break the log line
    return first
        .codePoints()
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
