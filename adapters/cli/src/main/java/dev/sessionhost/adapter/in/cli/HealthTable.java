package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.adapter.in.cli.TextTable.Column;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.wire.HealthReport;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A health snapshot for people: the status and what it means, every check's result, what to do
 * about each reason, and the plugins that could not be loaded. Plain text, no colour.
 */
final class HealthTable {

  /** Marks an effect that the check's own run chose over the configured one. */
  static final String JUDGED_MARK = "*";

  private static final int INDENT = 5;

  private HealthTable() {}

  static List<String> render(HealthReport report, int width) {
    HostHealth health = report.health();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Status: "
            + health.status().wireName()
            + "  (host "
            + health.hostName()
            + ", "
            + health.assessedAt().truncatedTo(ChronoUnit.SECONDS)
            + ")");
    lines.addAll(TextWrap.wrap(health.status().description(), width));
    lines.add("");
    lines.addAll(checks(report, width));
    lines.add("");
    lines.addAll(whatToDo(health, width));
    if (!health.pluginProblems().isEmpty()) {
      lines.add("");
      lines.add("Plugins that could not be loaded:");
      for (PluginProblem problem : health.pluginProblems()) {
        lines.addAll(hanging("  ", problem.plugin() + ": " + problem.reason(), 4, width));
      }
    }
    return lines;
  }

  private static List<String> checks(HealthReport report, int width) {
    List<CheckResult> results = report.health().results();
    if (results.isEmpty()) {
      return List.of("No check ran.");
    }
    TextTable table =
        TextTable.of(
            Column.of("CHECK"),
            Column.of("RESULT"),
            Column.of("EFFECT"),
            Column.of("TOOK"),
            Column.wrapping("MESSAGE"));
    boolean anyJudged = false;
    for (CheckResult result : results) {
      String effect = report.effectOf(result).map(CatalogueTable::label).orElse("");
      if (HealthReport.judgedByRun(result)) {
        effect += JUDGED_MARK;
        anyJudged = true;
      }
      table.addRow(
          result.id().value(),
          outcome(result.outcome()),
          effect,
          result.duration().toMillis() + " ms",
          result.message());
    }
    List<String> lines = new ArrayList<>(table.render(width));
    if (anyJudged) {
      lines.add("");
      lines.addAll(
          TextWrap.wrap(
              JUDGED_MARK + " the check's own run chose this effect over the configured one.",
              width));
    }
    return lines;
  }

  private static List<String> whatToDo(HostHealth health, int width) {
    List<StatusReason> reasons = health.reasons();
    if (reasons.isEmpty()) {
      long quiet = health.results().stream().filter(r -> r.outcome().countsAsFailing()).count();
      return quiet == 0
          ? List.of("What to do: nothing.")
          : TextWrap.wrap(
              "What to do: nothing for the status. "
                  + quiet
                  + (quiet == 1 ? " check" : " checks")
                  + " did not pass without changing it (report only, or not yet failing often"
                  + " enough to count); see the table above.",
              width);
    }
    List<String> lines = new ArrayList<>();
    lines.add("What to do:");
    int number = 1;
    for (StatusReason reason : reasons) {
      String head = String.format(Locale.ROOT, "  %d. ", number++);
      String indent = " ".repeat(INDENT);
      lines.addAll(hanging(head, subject(reason), INDENT, width));
      if (!reason.message().isBlank()) {
        lines.addAll(hanging(indent, reason.message(), INDENT, width));
      }
      lines.addAll(hanging(indent, "Fix: " + reason.remediation(), INDENT, width));
    }
    return lines;
  }

  private static String subject(StatusReason reason) {
    if (reason instanceof FailingCheck failing) {
      return failing.check().value()
          + " ("
          + CatalogueTable.label(failing.effect())
          + ", "
          + outcome(failing.outcome()).toLowerCase(Locale.ROOT)
          + ")";
    }
    AgentCondition condition = (AgentCondition) reason;
    return "Agent: " + condition.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The outcome as the table shows it: the API's name without its prefix. */
  static String outcome(CheckOutcome outcome) {
    return switch (outcome) {
      case SUCCEEDED -> "Succeeded";
      case FAILED -> "Failed";
      case UNKNOWN -> "Unknown";
      case SESSION_HOST_SHUTDOWN -> "Shutdown";
    };
  }

  /** Wraps text after a prefix on the first line, indenting the lines after it. */
  private static List<String> hanging(String prefix, String text, int indent, int width) {
    int room = Math.max(width - Math.max(prefix.length(), indent), 20);
    List<String> wrapped = TextWrap.wrap(text, room);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add((i == 0 ? prefix : " ".repeat(indent)) + wrapped.get(i));
    }
    return lines;
  }
}
