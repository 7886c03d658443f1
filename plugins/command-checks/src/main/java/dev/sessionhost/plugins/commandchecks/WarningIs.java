package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckSettings;
import java.util.Locale;

/** What a plugin's WARNING (exit code 1) means for the check, as the operator chose. */
enum WarningIs {
  PASSED,
  FAILED;

  static WarningIs from(CheckSettings entry) {
    String given = entry.string("warningIs", FAILED.name()).trim().toUpperCase(Locale.ROOT);
    for (WarningIs choice : values()) {
      if (choice.name().equals(given)) {
        return choice;
      }
    }
    throw entry.invalid("warningIs", "PASSED or FAILED");
  }
}
