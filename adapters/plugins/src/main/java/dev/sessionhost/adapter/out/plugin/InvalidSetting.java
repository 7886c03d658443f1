package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.plugin.api.SettingException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting of the operator's configuration that a check or a check provider found invalid: a
 * configuration error to fix in the file, not a fault of the check or of the host.
 *
 * @param key where the setting is in the configuration, such as {@code
 *     checks.DiskSpaceCheck.settings.minFreePercent}, {@code
 *     checks.AppAttachHealthCheck.settings.packages[1].path} or {@code commandChecks[0].timeout}
 * @param expected what a valid value looks like, e.g. "a whole number between 0 and 100"
 * @param found the value found as the check saw it, e.g. {@code 150} or "nothing"
 * @param message the check's own words, e.g. {@code setting 'minFreePercent' of DiskSpaceCheck:
 *     expected a whole number between 0 and 100, found 150}
 */
public record InvalidSetting(String key, String expected, String found, String message) {

  /** The check id a provider's entry is named by in its settings: the section and the index. */
  private static final Pattern SECTION_ENTRY = Pattern.compile(".+\\[\\d+]");

  public InvalidSetting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The error a check threw while reading the settings the configuration gave it under {@code
   * checks.<id>.settings} (or, for a key only the defaults set, {@code checks.defaults.settings}),
   * or that a provider threw about an entry of its section ({@code commandChecks[0]}).
   */
  static InvalidSetting of(SettingException e, String checkId, ConfiguredCheck configured) {
    return new InvalidSetting(
        keyOf(e, checkId, configured), e.expected(), e.found(), Reasons.cap(e.getMessage()));
  }

  /** The error a provider threw about an entry of its configuration section. */
  static InvalidSetting ofEntry(SettingException e) {
    return of(e, "", new ConfiguredCheck(CheckConfiguration.NONE, CheckConfiguration.NONE));
  }

  /** What is wrong, as a configuration error says it after the key: "expected ..., found ...". */
  public String problem() {
    return "expected " + expected + ", found " + found;
  }

  /** The result's message: a configuration error, in the check's words. */
  String resultMessage() {
    return "configuration error: " + message;
  }

  /** What to do: fix this key in the file, if known, to what the check expects. */
  String remediation(String configFile) {
    return "Fix the configuration: "
        + key
        + (configFile.isEmpty() ? "" : " in " + configFile)
        + " (expected "
        + expected
        + ").";
  }

  private static String keyOf(SettingException e, String checkId, ConfiguredCheck configured) {
    String owner = e.checkId();
    if (SECTION_ENTRY.matcher(owner).matches()) {
      return owner + "." + e.key();
    }
    String section = owner;
    if (owner.equals(checkId)) {
      String top = e.key().split("[.\\[]", 2)[0];
      boolean onlyInDefaults =
          !configured.own().settings().containsKey(top)
              && configured.defaults().settings().containsKey(top);
      section = onlyInDefaults ? "defaults" : checkId;
    }
    return "checks." + section + ".settings." + e.key();
  }
}
