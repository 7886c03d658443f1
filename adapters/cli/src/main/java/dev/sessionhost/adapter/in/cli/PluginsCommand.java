package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code sessionhost plugins list|install|upgrade|remove}: manages the check plugins. When an agent
 * answers, the change goes through its admin API, so it takes effect at once and the status shows
 * it; otherwise it is made directly in the plugins folder.
 */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Lists, installs, upgrades and removes check plugins.",
    description = {
      "Works through the running agent's admin API when one answers (the admin token comes from"
          + " http.adminToken or state/admin-token), else directly on the plugins folder.",
      "An upgrade loads the new version and runs its checks once; if it does not load, start, or"
          + " decide, the old version is restored, the update state is Failed and the host"
          + " reports UpgradeFailed until a later upgrade succeeds. The last three versions of"
          + " each plugin are kept in plugins/previous/.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the upgrade failed and the previous version was restored",
      "3:could not run: bad options or configuration, no such plugin, refused",
    })
public final class PluginsCommand {

  @Spec private CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "The configuration file to read instead of the default one.")
  private Path config;

  @Option(
      names = "--url",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "The agent's base URL (default: from the configuration).")
  private URI url;

  private final AgentSessions sessions;

  public PluginsCommand(AgentSessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists installed plugins, then the previous versions kept.")
  int list() {
    return run(
        new Action() {
          @Override
          public int viaAgent(AgentClient agent) throws Exception {
            JsonNode list = json(agent.get("/v1/plugins"), agent);
            printPlugins(list.valueStream().map(PluginsCommand::plugin).toList());
            return ExitCodes.OK;
          }

          @Override
          public int direct(AgentSession session) {
            printPlugins(session.plugins().listPlugins());
            return ExitCodes.OK;
          }
        });
  }

  @Command(
      name = "install",
      mixinStandardHelpOptions = true,
      description = "Installs a plugin jar whose id is not installed yet.")
  int install(@Parameters(paramLabel = "FILE", description = "The plugin jar.") Path jar) {
    return upgrade(jar, true);
  }

  @Command(
      name = "upgrade",
      mixinStandardHelpOptions = true,
      description = "Replaces the installed version of a plugin with this jar, with rollback.")
  int upgrade(@Parameters(paramLabel = "FILE", description = "The plugin jar.") Path jar) {
    return upgrade(jar, false);
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Removes an installed plugin (its jar is kept in plugins/previous/).")
  int remove(@Parameters(paramLabel = "ID", description = "The plugin id.") String id) {
    return run(
        new Action() {
          @Override
          public int viaAgent(AgentClient agent) throws Exception {
            String path = "/v1/plugins/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
            JsonNode removed = json(agent.delete(path), agent);
            out()
                .println(
                    "removed "
                        + removed.path("id").asString()
                        + " "
                        + removed.path("version").asString());
            return ExitCodes.OK;
          }

          @Override
          public int direct(AgentSession session) {
            InstalledPlugin removed = session.remove().remove(id);
            out().println("removed " + removed.id() + " " + removed.version());
            return ExitCodes.OK;
          }
        });
  }

  private int upgrade(Path jar, boolean mustBeNew) {
    if (!Files.isRegularFile(jar)) {
      return refuse(jar + ": no such file");
    }
    return run(
        new Action() {
          @Override
          public int viaAgent(AgentClient agent) throws Exception {
            String path = mustBeNew ? "/v1/plugins/install" : "/v1/plugins/upgrade";
            Optional<HttpResponse<String>> answer = agent.postFile(path, jar);
            if (answer.isPresent() && answer.get().statusCode() == 422) {
              return printUpgrade(WireJson.MAPPER.readTree(answer.get().body()));
            }
            return printUpgrade(json(answer, agent));
          }

          @Override
          public int direct(AgentSession session) {
            UpgradePluginCommand command =
                mustBeNew ? UpgradePluginCommand.install(jar) : UpgradePluginCommand.upgrade(jar);
            UpgradeResult result = session.upgrade().upgrade(command);
            return printUpgrade(UpgradeLines.of(result));
          }
        });
  }

  private int printUpgrade(JsonNode result) {
    return printUpgrade(UpgradeLines.of(result));
  }

  private int printUpgrade(UpgradeLines lines) {
    lines.lines().forEach(out()::println);
    out().flush();
    return lines.succeeded() ? ExitCodes.OK : ExitCodes.WARNING;
  }

  private void printPlugins(List<InstalledPlugin> plugins) {
    PluginTable.render(plugins).forEach(out()::println);
    out().flush();
  }

  private static InstalledPlugin plugin(JsonNode node) {
    return new InstalledPlugin(
        node.path("id").asString(),
        node.path("version").asString(),
        Path.of(node.path("file").asString()),
        node.path("active").asBoolean(),
        node.path("problem").asString(""));
  }

  /** The JSON body of a 2xx answer; anything else becomes the agent's error message. */
  private static JsonNode json(Optional<HttpResponse<String>> answer, AgentClient agent) {
    HttpResponse<String> response =
        answer.orElseThrow(() -> new IllegalStateException("the agent stopped answering"));
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(AgentErrors.describe(response, agent.address()));
    }
    return WireJson.MAPPER.readTree(response.body());
  }

  private int run(Action action) {
    PrintWriter err = spec.commandLine().getErr();
    CheckSetup setup =
        new CheckSetup(Optional.empty(), Optional.empty(), Optional.ofNullable(config));
    try (AgentSession session = sessions.openAgent(setup)) {
      AgentAddress address = url == null ? session.address() : session.address().at(url);
      AgentClient agent = new AgentClient(address);
      if (agent.answers()) {
        return action.viaAgent(agent);
      }
      return action.direct(session);
    } catch (CheckSetupException | IllegalArgumentException | IllegalStateException e) {
      return refuse(e.getMessage());
    } catch (IOException | AgentUnreachableException e) {
      return refuse(e.getMessage());
    } catch (Exception e) {
      return refuse(String.valueOf(e));
    }
  }

  private int refuse(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sessionhost: " + message);
    err.flush();
    return ExitCodes.COULD_NOT_RUN;
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** One plugin action, through the agent or directly. */
  private interface Action {
    int viaAgent(AgentClient agent) throws Exception;

    int direct(AgentSession session) throws Exception;
  }
}
