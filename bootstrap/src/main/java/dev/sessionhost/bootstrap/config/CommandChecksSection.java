package dev.sessionhost.bootstrap.config;

import java.util.List;
import java.util.Map;

/**
 * The {@code commandChecks} list, checked and in plain values (strings, lists, maps) as the
 * command-checks plugin reads them: durations as {@code 1500ms}, paths absolute.
 */
public record CommandChecksSection(List<Map<String, Object>> entries) {

  /** The top-level key of the section, which the command-checks plugin's provider reads. */
  public static final String NAME = "commandChecks";

  public static final CommandChecksSection NONE = new CommandChecksSection(List.of());

  public CommandChecksSection {
    entries = List.copyOf(entries);
  }
}
