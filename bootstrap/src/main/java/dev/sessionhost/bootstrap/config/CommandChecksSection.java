package dev.sessionhost.bootstrap.config;

import java.util.List;
import java.util.Map;

/**
 * The {@code commandChecks} list as written, each entry in plain values (strings, numbers,
 * booleans, lists, maps); the command-checks plugin's provider judges them when the plugins load.
 */
public record CommandChecksSection(List<Map<String, Object>> entries) {

  /** The top-level key of the section, which the command-checks plugin's provider reads. */
  public static final String NAME = "commandChecks";

  public static final CommandChecksSection NONE = new CommandChecksSection(List.of());

  public CommandChecksSection {
    entries = List.copyOf(entries);
  }
}
