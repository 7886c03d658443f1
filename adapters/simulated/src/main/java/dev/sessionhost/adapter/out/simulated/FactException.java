package dev.sessionhost.adapter.out.simulated;

/**
 * A section of the scenario states something impossible, e.g. a service active but not installed;
 * thrown by the section's record so that the error can name the key at fault.
 */
final class FactException extends IllegalArgumentException {

  private final String key;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param key the key within the section, e.g. {@code active}; empty for the section as a whole
   * @param problem what is wrong, e.g. {@code cannot be true when installed is false}
   */
  FactException(String key, String problem) {
    super(key.isEmpty() ? problem : key + " " + problem);
    this.key = key;
    this.problem = problem;
  }

  String key() {
    return key;
  }

  String problem() {
    return problem;
  }
}
