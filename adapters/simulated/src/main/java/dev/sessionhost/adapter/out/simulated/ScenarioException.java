package dev.sessionhost.adapter.out.simulated;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A scenario file cannot be used: it is missing, unreadable, not YAML, or states something the
 * simulated environment does not understand. The message names the file, line, column and key, e.g.
 * {@code x.yaml:7:5: services.azuremonitoragent.activ: unknown key (expected installed, active,
 * detail)}.
 */
public final class ScenarioException extends RuntimeException {

  private final transient Path file;
  private final int line;
  private final int column;
  private final String key;
  private final String problem;

  ScenarioException(Path file, int line, int column, String key, String problem, Throwable cause) {
    super(describe(file, line, column, key, problem), cause);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.key = key == null ? "" : key;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** A problem with the file as a whole, e.g. it cannot be read. */
  ScenarioException(Path file, String problem, Throwable cause) {
    this(file, 0, 0, "", problem, cause);
  }

  /** The scenario file, as it was given. */
  public Path file() {
    return file;
  }

  /** The line of the problem, from 1; 0 when the problem is not at one place in the file. */
  public int line() {
    return line;
  }

  /** The column of the problem, from 1; 0 when not known. */
  public int column() {
    return column;
  }

  /** The key at fault, e.g. {@code services.azuremonitoragent.activ}; empty when none. */
  public String key() {
    return key;
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }

  private static String describe(Path file, int line, int column, String key, String problem) {
    StringBuilder text = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (key != null && !key.isEmpty()) {
      text.append(key).append(": ");
    }
    return text.append(problem).toString();
  }
}
