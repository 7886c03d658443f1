package dev.sessionhost.bootstrap.config;

/**
 * A configuration that cannot be used, with the file, line, column and key to fix, such as {@code
 * conf/sessionhost.yaml:3:18: agent.cycleInterval: "30 seconds" is not a duration (use e.g. 500ms,
 * 10s, 2m)}.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String key;
  private final String problem;

  /**
   * Creates the error.
   *
   * @param source the file as the user named it, or the command-line option, empty when neither
   * @param line the line, from 1, or 0 when the problem is not at one place
   * @param column the column, from 1, or 0 with {@code line}
   * @param key the key path such as {@code checks.SxSStackListenerCheck.timeout}, empty for none
   * @param problem what is wrong, in a user's words
   */
  public ConfigException(String source, int line, int column, String key, String problem) {
    super(format(source, line, column, key, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.key = key;
    this.problem = problem;
  }

  /** An error about a file as a whole, such as {@code conf/x.yaml: no such file}. */
  public static ConfigException aboutFile(String source, String problem) {
    return new ConfigException(source, 0, 0, "", problem);
  }

  /** The file (or option) at fault, as the user named it; empty when unknown. */
  public String source() {
    return source;
  }

  /** The line of the fault, from 1; 0 when it is not at one place. */
  public int line() {
    return line;
  }

  /** The column of the fault, from 1; 0 when it is not at one place. */
  public int column() {
    return column;
  }

  /** The dotted path of the key at fault, such as {@code agent.cycleInterval}; empty for none. */
  public String key() {
    return key;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  private static String format(String source, int line, int column, String key, String problem) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    if (text.length() > 0) {
      text.append(": ");
    }
    if (!key.isEmpty()) {
      text.append(key).append(": ");
    }
    return text.append(problem).toString();
  }
}
