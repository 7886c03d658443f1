package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.CommandRequest;
import dev.sessionhost.plugin.api.CommandRun;
import dev.sessionhost.plugin.api.DurationText;
import dev.sessionhost.plugin.api.HealthCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A health check defined by one {@code commandChecks} entry: runs a Nagios-style plugin and judges
 * its exit code (0 passes, 1 as {@code warningIs} says, 2 fails, anything else is unknown), with
 * the first output line as the message and its performance data as measurements.
 *
 * <p>Error codes of a failed verdict are the plugin's exit codes: 1 (WARNING) or 2 (CRITICAL). No
 * value of a secret environment variable appears in anything the check reports.
 */
public final class CommandCheck implements HealthCheck {

  /** Kept back from the host's deadline for killing the tree and reading what is left. */
  private static final Duration KILL_MARGIN = Duration.ofSeconds(2);

  private static final Duration SHORTEST = Duration.ofMillis(100);

  private final CommandCheckConfig config;
  private final Redactor redactor;
  private final Map<String, String> environment = new LinkedHashMap<>();

  CommandCheck(CommandCheckConfig config) {
    this.config = config;
    this.redactor = new Redactor(CommandCheckConfig.secrets(config.environment()));
    config.environment().forEach(v -> environment.put(v.name(), v.value()));
  }

  @Override
  public CheckDescriptor descriptor() {
    return config.descriptor();
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    Duration timeout = timeout(context.remaining());
    CommandRun run =
        context
            .probe(CommandProbe.class)
            .run(
                new CommandRequest(
                    config.command(),
                    environment,
                    config.workingDirectory(),
                    timeout,
                    CommandRequest.DEFAULT_MAX_OUTPUT_BYTES));
    return judge(run, timeout);
  }

  /** The configured timeout, shortened when the host's deadline is nearer. */
  private Duration timeout(Duration remaining) {
    Duration left = remaining.minus(KILL_MARGIN);
    if (left.compareTo(SHORTEST) < 0) {
      left = remaining.dividedBy(2).compareTo(SHORTEST) < 0 ? SHORTEST : remaining.dividedBy(2);
    }
    return left.compareTo(config.timeout()) < 0 ? left : config.timeout();
  }

  private CheckVerdict judge(CommandRun run, Duration timeout) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("command", String.join(" ", config.command()));
    if (run.startFailure().isPresent()) {
      return CheckVerdict.undetermined(clean(run.startFailure().get()), safe(details));
    }
    PluginOutput output = PluginOutput.parse(redactor.redact(run.output()));
    run.exitCode().ifPresent(code -> details.put("exitCode", Integer.toString(code)));
    run.signal().ifPresent(signal -> details.put("signal", Integer.toString(signal)));
    putIfNotBlank(details, "output", output.longText());
    putIfNotBlank(details, "stderr", run.errorOutput().strip());
    putIfNotBlank(details, "truncated", truncation(run));
    PerfData perfData = PerfData.parse(String.join(" ", output.perfData()));
    putIfNotBlank(details, "perfdataProblems", String.join("; ", perfData.problems()));
    String said = output.message();
    CheckVerdict verdict;
    if (run.timedOut()) {
      verdict =
          CheckVerdict.undetermined(
              "timed out after " + DurationText.format(timeout) + "; the process tree was killed",
              safe(details));
    } else if (run.signal().isPresent()) {
      String what = "ended by signal " + run.signal().getAsInt();
      verdict =
          CheckVerdict.undetermined(said.isEmpty() ? what : what + ": " + said, safe(details));
    } else {
      verdict = byExitCode(run.exitCode().getAsInt(), said, safe(details));
    }
    return verdict.withMeasurements(redactor.redactLabels(perfData.measurements()));
  }

  private CheckVerdict byExitCode(int code, String said, Map<String, String> details) {
    String message = clean(said.isEmpty() ? "no output; exit code " + code : said);
    switch (code) {
      case 0:
        return CheckVerdict.passed(message, details);
      case 1:
        return config.warningIs() == WarningIs.PASSED
            ? CheckVerdict.passed(message, details)
            : CheckVerdict.failed(1, message, details);
      case 2:
        return CheckVerdict.failed(2, message, details);
      case 3:
        return CheckVerdict.undetermined(message, details);
      default:
        return CheckVerdict.undetermined(
            said.isEmpty() ? message : "exit code " + code + ": " + message, details);
    }
  }

  private static String truncation(CommandRun run) {
    List<String> cut = new ArrayList<>();
    if (run.outputDropped() > 0) {
      cut.add("output cut: " + run.outputDropped() + " bytes dropped");
    }
    if (run.errorDropped() > 0) {
      cut.add("stderr cut: " + run.errorDropped() + " bytes dropped");
    }
    return String.join("; ", cut);
  }

  private static void putIfNotBlank(Map<String, String> details, String key, String value) {
    if (!value.isBlank()) {
      details.put(key, value);
    }
  }

  private String clean(String text) {
    return redactor.redact(text);
  }

  private Map<String, String> safe(Map<String, String> details) {
    return redactor.redact(details);
  }
}
