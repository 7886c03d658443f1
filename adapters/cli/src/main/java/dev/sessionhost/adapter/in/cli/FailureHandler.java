package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command that threw into one line on standard error naming the problem, and exit code
 * {@link ExitCodes#COULD_NOT_RUN}: an operator needs the cause, not a stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": could not run: " + describe(failure));
    err.flush();
    return ExitCodes.COULD_NOT_RUN;
  }

  /** The problem and its root cause in a few words: type and message of each. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = oneLine(failure);
    String rootText = oneLine(root);
    // a wrapper's message often repeats its cause already
    return root == failure || text.contains(rootText)
        ? text
        : text + " (caused by " + rootText + ")";
  }

  private static String oneLine(Throwable t) {
    String type =
        t.getClass().getSimpleName().isEmpty()
            ? t.getClass().getName()
            : t.getClass().getSimpleName();
    String message = t.getMessage();
    return message == null || message.isBlank()
        ? type
        : type + ": " + message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
