package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * Builds the {@code sessionhost} command line from its commands (one object per subcommand, each
 * annotated with picocli's {@code @Command}), with the product's exit codes: 0 for help and
 * version, 3 for bad input or a command that failed, whatever else a command returns.
 */
public final class SessionhostCli {

  private SessionhostCli() {}

  /** The command line, writing to standard output and standard error. */
  public static CommandLine commandLine(Collection<?> subcommands) {
    CommandLine root = new CommandLine(new SessionhostCommand());
    List<CommandLine> commands = new ArrayList<>();
    commands.add(new CommandLine(new HelpCommand()));
    for (Object subcommand : subcommands) {
      commands.add(new CommandLine(subcommand));
    }
    // help lists commands in the order they were added: keep it alphabetical, whoever adds them
    commands.sort(Comparator.comparing(CommandLine::getCommandName));
    commands.forEach(root::addSubcommand);
    // set after adding: picocli hands these settings down to the subcommands already there
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.setParameterExceptionHandler(new UsageErrorHandler());
    root.setExecutionExceptionHandler(new FailureHandler());
    return root;
  }

  /**
   * The command line for running {@code args}: when they start with the name of a subcommand (not
   * {@code help}), that one alone beside the root, since picocli reads the annotations of every
   * command it is given and a one-shot {@code check} must not pay for the other commands' models;
   * otherwise, for the root's help or a mistyped name, all of them.
   */
  public static CommandLine commandLine(Collection<?> subcommands, String[] args) {
    if (args.length > 0) {
      for (Object subcommand : subcommands) {
        if (names(subcommand).contains(args[0])) {
          return commandLine(List.of(subcommand));
        }
      }
    }
    return commandLine(subcommands);
  }

  private static List<String> names(Object subcommand) {
    CommandLine.Command command = subcommand.getClass().getAnnotation(CommandLine.Command.class);
    if (command == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>(List.of(command.aliases()));
    names.add(command.name());
    return names;
  }

  /** The command line, writing to the given streams (for tests and embedding). */
  public static CommandLine commandLine(
      Collection<?> subcommands, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(subcommands);
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine;
  }
}
