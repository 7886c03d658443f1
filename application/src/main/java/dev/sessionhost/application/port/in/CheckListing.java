package dev.sessionhost.application.port.in;

import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckOptions;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One check as listed to an operator: its definition, its Log Analytics code when the API names it,
 * what provides it (a plugin id and version, or the built-in catalogue), and how it runs here.
 */
public record CheckListing(
    CheckDefinition definition, OptionalInt code, String provider, CheckOptions options) {

  public CheckListing {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(options, "options");
  }
}
