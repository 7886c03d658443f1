package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.check.CheckDefinition;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import java.util.Objects;

/**
 * A check ready to run: what it is, how the operator wants it run, where it comes from, and the
 * code that runs it.
 */
public record RunnableCheck(
    CheckDefinition definition, CheckOptions options, String provider, RunCheckPort runner) {

  public RunnableCheck {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(runner, "runner");
  }

  public CheckId id() {
    return definition.id();
  }
}
