package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.wire.WireJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sessionhost checks}: prints the catalogue of health checks as a table or as JSON. */
@Command(
    name = "checks",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Lists the health checks and what to do when one fails.",
    description = {
      "Lists the eleven checks the session host API names and any that installed plugins add:"
          + " for each, its code, what a failure does to the host, whether it runs, what provides"
          + " it, what it verifies and what to do when it fails. Runs no check.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the catalogue was printed",
      "3:bad options, or the catalogue could not be read",
    })
public final class ChecksCommand implements Callable<Integer> {

  /** The output formats; lower case because users type them. */
  enum Format {
    table,
    json
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The configuration file to read instead of the default one (it says which plugins"
              + " folder to list and how each check is configured).")
  private Path config;

  private final CheckRunnerFactory factory;
  private final int width;

  /**
   * A command listing the checks of the plugins a configuration names, printing tables as wide as
   * the terminal says ({@code COLUMNS}, else 120).
   */
  public ChecksCommand(CheckRunnerFactory factory) {
    this(factory, TerminalWidth.from(System.getenv()));
  }

  ChecksCommand(CheckRunnerFactory factory, int width) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.width = width;
  }

  /** A command over a fixed listing, for tests. */
  ChecksCommand(ListChecksQuery checks, int width) {
    this(setup -> new ListingOnly(checks), width);
  }

  @Override
  public Integer call() {
    CheckSetup setup =
        new CheckSetup(Optional.empty(), Optional.empty(), Optional.ofNullable(config));
    Optional<CheckSession> opened = SetupFailures.open(factory, setup, spec.commandLine().getErr());
    if (opened.isEmpty()) {
      return ExitCodes.COULD_NOT_RUN;
    }
    List<CheckListing> listings;
    try (CheckSession session = opened.get()) {
      listings = session.checks().listChecks();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(WireJson.write(listings.stream().map(CheckListingJson::from).toList()));
    } else {
      CatalogueTable.render(listings, width).forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** A session that can only list: listing runs no check. */
  private record ListingOnly(ListChecksQuery checks) implements CheckSession {
    @Override
    public RunHealthCycleUseCase cycle() {
      throw new IllegalStateException("listing the checks runs no cycle");
    }
  }
}
