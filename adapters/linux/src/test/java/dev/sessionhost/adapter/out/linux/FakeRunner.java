package dev.sessionhost.adapter.out.linux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@link CommandRunner} that answers with recorded outputs; any program it was not told about is
 * not installed.
 */
final class FakeRunner implements CommandRunner {

  /** One command as it was asked for. */
  record Call(String commandLine, Map<String, String> environment) {}

  private final Map<String, Supplier<CommandResult>> answers = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();

  /** Answers the exact command line with this stdout and exit code 0. */
  FakeRunner prints(String commandLine, String stdout) {
    return answers(commandLine, 0, stdout, "");
  }

  /** Answers the exact command line with this exit code and outputs. */
  FakeRunner answers(String commandLine, int exitCode, String stdout, String stderr) {
    answers.put(
        commandLine,
        () ->
            new CommandResult(
                List.of(commandLine.split(" ")), exitCode, stdout, stderr, Duration.ofMillis(5)));
    return this;
  }

  @Override
  public synchronized CommandResult run(
      List<String> command, Map<String, String> environment, Duration timeout) {
    String line = String.join(" ", command);
    calls.add(new Call(line, Map.copyOf(environment)));
    Supplier<CommandResult> answer = answers.get(line);
    if (answer == null) {
      throw new CommandNotFoundException(command.get(0), null);
    }
    return answer.get();
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<String> commandLines() {
    return calls.stream().map(Call::commandLine).toList();
  }
}
