package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.CommandRequest;
import dev.sessionhost.plugin.api.CommandRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A command probe that answers every request with one prepared run and records the requests. */
final class FakeCommandProbe implements CommandProbe {

  final List<CommandRequest> requests = new ArrayList<>();
  private final CommandRun answer;

  FakeCommandProbe(CommandRun answer) {
    this.answer = answer;
  }

  static FakeCommandProbe exiting(int code, String output) {
    return exiting(code, output, "");
  }

  static FakeCommandProbe exiting(int code, String output, String errorOutput) {
    return new FakeCommandProbe(
        CommandRun.exited(code, output, 0, errorOutput, 0, Duration.ofMillis(5)));
  }

  static FakeCommandProbe ending(
      OptionalInt signal, boolean timedOut, Optional<String> startFailure, String output) {
    return new FakeCommandProbe(
        new CommandRun(
            OptionalInt.empty(), signal, timedOut, startFailure, output, 0, "", 0, Duration.ZERO));
  }

  @Override
  public CommandRun run(CommandRequest request) {
    requests.add(request);
    return answer;
  }
}
