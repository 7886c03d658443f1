package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process with the given commands and captures what it prints. */
final class CliHarness {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private final List<Object> subcommands;

  CliHarness(Object... subcommands) {
    this.subcommands = List.of(subcommands);
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // built for its arguments, as sessionhost's main builds it
    CommandLine commandLine = SessionhostCli.commandLine(subcommands, args);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
