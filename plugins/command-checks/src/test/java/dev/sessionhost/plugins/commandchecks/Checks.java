package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds command checks from entries as the host would, and runs them against a fake probe. */
final class Checks {

  private Checks() {}

  /** An entry with the given id and command plus extra keys, given as key, value pairs. */
  static Map<String, Object> entry(String id, List<String> command, Object... more) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entry.put("command", command);
    for (int i = 0; i < more.length; i += 2) {
      entry.put((String) more[i], more[i + 1]);
    }
    return entry;
  }

  static CommandCheck check(Map<String, Object> entry) {
    return (CommandCheck)
        new CommandChecksProvider()
            .checks(List.of(CheckSettings.of("commandChecks[0]", entry)))
            .get(0);
  }

  static CheckVerdict run(CommandCheck check, CommandProbe probe) {
    return check.run(
        SimpleCheckContext.forCheck(check.descriptor().id())
            .timeout(check.descriptor().defaultTimeout()) // as the host does without an override
            .probe(CommandProbe.class, probe)
            .build());
  }
}
