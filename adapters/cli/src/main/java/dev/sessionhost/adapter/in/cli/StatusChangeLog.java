package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.health.StatusReason;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The agent's log: one line per status change (when, from, to, why) and nothing for a cycle that
 * changed nothing, so a healthy agent's log stays quiet.
 */
public final class StatusChangeLog implements PublishHealthPort {

  /** A reason's message longer than this is cut in the log; the API keeps it whole. */
  private static final int LONGEST_MESSAGE = 300;

  private final Consumer<String> log;

  public StatusChangeLog(Consumer<String> log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public void publish(HostHealth health, Optional<StatusChange> change) {
    change.ifPresent(c -> log.accept(line(c)));
  }

  static String line(StatusChange change) {
    String why =
        change.reasons().isEmpty()
            ? "no problem found"
            : change.reasons().stream()
                .map(StatusChangeLog::reason)
                .collect(Collectors.joining("; "));
    return change.at().truncatedTo(ChronoUnit.MILLIS)
        + " status "
        + change.from().wireName()
        + " -> "
        + change.to().wireName()
        + ": "
        + why;
  }

  private static String reason(StatusReason reason) {
    if (reason instanceof FailingCheck failing) {
      return failing.check().value()
          + " "
          + failing.outcome().wireName()
          + " ("
          + failing.effect().name()
          + "): "
          + cut(failing.message());
    }
    AgentCondition condition = (AgentCondition) reason;
    return condition.kind().name() + ": " + cut(condition.message());
  }

  private static String cut(String message) {
    String oneLine = message.strip().replaceAll("\\s*\\R\\s*", " ");
    return oneLine.length() <= LONGEST_MESSAGE
        ? oneLine
        : oneLine.substring(0, LONGEST_MESSAGE) + "...";
  }
}
