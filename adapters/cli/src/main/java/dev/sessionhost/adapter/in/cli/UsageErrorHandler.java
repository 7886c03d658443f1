package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers bad input with what was wrong and where to get help, rather than the whole usage, and
 * exits with {@link ExitCodes#COULD_NOT_RUN}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    err.println(name + ": " + problem.getMessage());
    UnmatchedArgumentException.printSuggestions(problem, err);
    err.println("Run '" + name + " --help' for the usage.");
    err.flush();
    return ExitCodes.COULD_NOT_RUN;
  }
}
