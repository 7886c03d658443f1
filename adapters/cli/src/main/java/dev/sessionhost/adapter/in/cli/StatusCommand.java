package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HostHealthJson;
import dev.sessionhost.wire.WireJson;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sessionhost status}: prints a running agent's last snapshot the way {@code check} prints
 * its own, with the same exit codes. Never runs a check.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Prints the status a running agent last found.",
    description = {
      "Asks the agent's local HTTP API for its last snapshot and prints it like `check` does."
          + " The agent is found at --url, else where the configuration says (http.bind and"
          + " http.port, or state/http.url when the port is 0).",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Available",
      "1:NeedsAssistance or UpgradeFailed",
      "2:Unavailable, Shutdown or Upgrading",
      "3:no agent answers, or bad options or configuration",
    })
public final class StatusCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The agent's base URL, e.g. http://127.0.0.1:8765 (default: from the config).")
  private URI url;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The configuration file to read instead of the default one.")
  private Path config;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private CheckCommand.Format format;

  private final AgentSessions sessions;
  private final int width;

  public StatusCommand(AgentSessions sessions) {
    this(sessions, TerminalWidth.from(System.getenv()));
  }

  StatusCommand(AgentSessions sessions, int width) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.width = width;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<AgentAddress> address = AgentLookup.address(sessions, url, config, err);
    if (address.isEmpty()) {
      return ExitCodes.COULD_NOT_RUN;
    }
    AgentClient client = new AgentClient(address.get());
    try {
      Optional<HttpResponse<String>> health = client.get("/v1/health");
      if (health.isEmpty()) {
        err.println(AgentLookup.nobodyAt(address.get()));
        err.flush();
        return ExitCodes.COULD_NOT_RUN;
      }
      HealthReport report = readReport(health.get());
      switch (format) {
        case json -> out.println(WireJson.write(WireJson.MAPPER.readTree(health.get().body())));
        case azure -> out.println(azure(client));
        case table -> HealthTable.render(report, width).forEach(out::println);
      }
      out.flush();
      return ExitCodes.forStatus(report.health().status());
    } catch (AgentUnreachableException | IllegalArgumentException e) {
      err.println("sessionhost: " + e.getMessage());
      err.flush();
      return ExitCodes.COULD_NOT_RUN;
    }
  }

  private static HealthReport readReport(HttpResponse<String> response) {
    if (response.statusCode() != 200 && response.statusCode() != 503) {
      throw new IllegalArgumentException(
          "the agent answered " + response.statusCode() + " to GET /v1/health: " + response.body());
    }
    try {
      return WireJson.MAPPER.readValue(response.body(), HostHealthJson.class).toReport();
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(
          "the agent's answer is not a health snapshot: " + e.getOriginalMessage(), e);
    }
  }

  private static String azure(AgentClient client) throws AgentUnreachableException {
    HttpResponse<String> response =
        client
            .get("/v1/sessionhost")
            .orElseThrow(() -> new IllegalArgumentException("the agent stopped answering"));
    return WireJson.write(WireJson.MAPPER.readTree(response.body()));
  }
}
