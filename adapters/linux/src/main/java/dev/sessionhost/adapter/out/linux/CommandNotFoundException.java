package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;

/** The program a probe wanted to run is not installed (not found on the search path). */
final class CommandNotFoundException extends ProbeException {

  private final String program;

  CommandNotFoundException(String program, Throwable cause) {
    super("cannot run \"" + program + "\": it is not installed (not found on PATH)", cause);
    this.program = program;
  }

  /** The program that was not found, e.g. {@code realm}. */
  String program() {
    return program;
  }
}
