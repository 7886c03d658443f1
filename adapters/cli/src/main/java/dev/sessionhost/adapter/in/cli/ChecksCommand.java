package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.port.in.ListChecksQuery;
import java.io.PrintWriter;
import java.util.List;
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

  private final ListChecksQuery checks;
  private final int width;

  /** A command printing tables as wide as the terminal says ({@code COLUMNS}, else 120). */
  public ChecksCommand(ListChecksQuery checks) {
    this(checks, TerminalWidth.from(System.getenv()));
  }

  ChecksCommand(ListChecksQuery checks, int width) {
    this.checks = checks;
    this.width = width;
  }

  @Override
  public Integer call() {
    List<CheckListing> listings = checks.listChecks();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(CliJson.write(listings.stream().map(CheckListingJson::from).toList()));
    } else {
      CatalogueTable.render(listings, width).forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
