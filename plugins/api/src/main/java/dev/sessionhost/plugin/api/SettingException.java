package dev.sessionhost.plugin.api;

import java.util.Collection;
import java.util.Map;

/**
 * A check's setting is missing or does not have the expected type or range.
 *
 * <p>The message names the check, the key, what was expected and what was found, e.g. {@code
 * setting 'port' of SxSStackListenerCheck: expected a whole number between 1 and 65535, found
 * "abc"}. Thrown out of {@link HealthCheck#run}, it becomes an {@code UNKNOWN} result with that
 * message.
 *
 * @since 1.0
 */
public final class SettingException extends IllegalArgumentException {

  private static final int MAX_SHOWN = 80;

  private final String checkId;
  private final String key;
  private final String expected;
  private final String found;

  /**
   * Creates the error.
   *
   * @param checkId the check the setting belongs to
   * @param key the setting's key, with its path inside sections, e.g. {@code packages[1].path}
   * @param expected what a valid value looks like, e.g. "a whole number between 1 and 65535"
   * @param found the value found, or {@code null} when the setting is missing
   */
  public SettingException(String checkId, String key, String expected, Object found) {
    super(
        "setting '"
            + key
            + "' of "
            + checkId
            + ": expected "
            + expected
            + ", found "
            + describe(found));
    this.checkId = checkId;
    this.key = key;
    this.expected = expected;
    this.found = describe(found);
  }

  /** The check the setting belongs to. */
  public String checkId() {
    return checkId;
  }

  /** The setting's key, with its path inside sections. */
  public String key() {
    return key;
  }

  /** What a valid value looks like. */
  public String expected() {
    return expected;
  }

  /** The value found as shown in the message: quoted text, a number, "nothing", "a list of 2". */
  public String found() {
    return found;
  }

  private static String describe(Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Collection<?> list) {
      return "a list of " + list.size() + (list.size() == 1 ? " item" : " items");
    }
    if (value instanceof Map<?, ?> map) {
      return "a section with keys " + map.keySet();
    }
    String text = value.toString();
    if (text.length() > MAX_SHOWN) {
      text = text.substring(0, MAX_SHOWN) + "...";
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
