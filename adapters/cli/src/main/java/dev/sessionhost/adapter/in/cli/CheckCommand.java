package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.wire.AzureSessionHostJson;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HostHealthJson;
import dev.sessionhost.wire.RecordJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sessionhost check}: runs one health cycle and prints the host's status, every check's
 * result and what to do, as a table, as our JSON snapshot, or as the Azure SessionHost resource.
 * The exit code tells the status, so the command can serve as a monitoring plugin.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Runs every health check once and prints the host's status.",
    description = {
      "Runs each enabled check once (or only those named with --only), decides the host's status"
          + " from their results, and prints it with each check's result, how long it took, its"
          + " message, and what to do about each problem found.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Available",
      "1:NeedsAssistance or UpgradeFailed",
      "2:Unavailable, Shutdown or Upgrading",
      "3:could not run: bad options, a bad configuration or scenario, an internal error",
    })
public final class CheckCommand implements Callable<Integer> {

  /** The output formats; lower case because users type them. */
  enum Format {
    table,
    json,
    azure
  }

  @Spec private CommandSpec spec;

  @Mixin private SetupOptions setupOptions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--only",
      paramLabel = "ID",
      split = ",",
      description = "Runs only these checks (ids separated by commas; any case).")
  private List<String> only;

  private final CheckRunnerFactory factory;
  private final int width;

  /** A command printing tables as wide as the terminal says ({@code COLUMNS}, else 120). */
  public CheckCommand(CheckRunnerFactory factory) {
    this(factory, TerminalWidth.from(System.getenv()));
  }

  CheckCommand(CheckRunnerFactory factory, int width) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.width = width;
  }

  @Override
  public Integer call() {
    Optional<CheckSession> opened =
        SetupFailures.open(factory, setupOptions.setup(), spec.commandLine().getErr());
    if (opened.isEmpty()) {
      return ExitCodes.COULD_NOT_RUN;
    }
    try (CheckSession session = opened.get()) {
      List<CheckListing> listings = session.checks().listChecks();
      Set<CheckId> selected = select(listings);
      HostHealth health = session.cycle().runCycle(new RunHealthCycleCommand(selected, true));
      print(HealthReport.of(health, listings));
      return ExitCodes.forStatus(health.status());
    }
  }

  private Set<CheckId> select(List<CheckListing> listings) {
    try {
      return CheckSelection.resolve(only == null ? List.of() : only, listings);
    } catch (IllegalArgumentException e) {
      // a parameter problem: answered like any bad option, with a pointer to --help
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void print(HealthReport report) {
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(RecordJson.write(HostHealthJson.from(report)));
      case azure ->
          out.println(RecordJson.write(AzureSessionHostJson.from(report.health(), agentVersion())));
      case table -> HealthTable.render(report, width).forEach(out::println);
    }
    out.flush();
  }

  private static String agentVersion() {
    String version = VersionProvider.productVersion();
    return version.equals("unknown") ? null : version;
  }
}
