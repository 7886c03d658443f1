package dev.sessionhost.support.yaml;

/**
 * A file that cannot be used, with the place to fix: the file, line, column and key path, such as
 * {@code conf/sessionhost.yaml:3:18: agent.cycleInterval: "30 seconds" is not a duration (use e.g.
 * 500ms, 10s, 2m)}. The one error type of the configuration and of scenario files.
 */
public final class LocatedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String key;
  private final String problem;

  /**
   * Creates the error.
   *
   * @param source the file as the user named it, empty when there is none
   * @param line the line, from 1, or 0 when the problem is not at one place
   * @param column the column, from 1, or 0 when not known
   * @param key the key path such as {@code checks.SxSStackListenerCheck.timeout}, empty for none
   * @param problem what is wrong, in a user's words
   */
  public LocatedException(String source, int line, int column, String key, String problem) {
    this(source, line, column, key, problem, null);
  }

  /** Creates the error with the exception that revealed it. */
  public LocatedException(
      String source, int line, int column, String key, String problem, Throwable cause) {
    super(format(source, line, column, key, problem), cause);
    this.source = source;
    this.line = Math.max(0, line);
    this.column = this.line == 0 ? 0 : Math.max(0, column);
    this.key = key == null ? "" : key;
    this.problem = problem;
  }

  /** An error about a file as a whole, such as {@code conf/x.yaml: no such file}. */
  public static LocatedException aboutFile(String source, String problem) {
    return new LocatedException(source, 0, 0, "", problem);
  }

  /** The same error with the exception that revealed it, such as the file system's. */
  public static LocatedException aboutFile(String source, String problem, Throwable cause) {
    return new LocatedException(source, 0, 0, "", problem, cause);
  }

  /** The file at fault, as the user named it; empty when unknown. */
  public String source() {
    return source;
  }

  /** The line of the fault, from 1; 0 when it is not at one place. */
  public int line() {
    return line;
  }

  /** The column of the fault, from 1; 0 when it is not at one place or not known. */
  public int column() {
    return column;
  }

  /** The key path at fault, such as {@code agent.cycleInterval}; empty for none. */
  public String key() {
    return key;
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }

  private static String format(String source, int line, int column, String key, String problem) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    if (text.length() > 0) {
      text.append(": ");
    }
    if (key != null && !key.isEmpty()) {
      text.append(key).append(": ");
    }
    return text.append(problem).toString();
  }
}
