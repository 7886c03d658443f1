package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.wire.PluginJson;
import dev.sessionhost.wire.UpgradeResultJson;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

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
            PluginJson[] list = json(agent.get("/v1/plugins"), agent, PluginJson[].class);
            printPlugins(Arrays.stream(list).map(PluginJson::toInstalled).toList());
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
            return printRemoved(json(agent.delete(path), agent, PluginJson.class).toInstalled());
          }

          @Override
          public int direct(AgentSession session) {
            return printRemoved(session.remove().remove(id));
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
              // a failed upgrade, rolled back: the body tells how, like a success's does
              return printUpgrade(
                  WireJson.MAPPER.readValue(answer.get().body(), UpgradeResultJson.class));
            }
            return printUpgrade(json(answer, agent, UpgradeResultJson.class));
          }

          @Override
          public int direct(AgentSession session) {
            UpgradePluginCommand command =
                mustBeNew ? UpgradePluginCommand.install(jar) : UpgradePluginCommand.upgrade(jar);
            return printUpgrade(UpgradeResultJson.of(session.upgrade().upgrade(command)));
          }
        });
  }

  private int printUpgrade(UpgradeResultJson result) {
    UpgradeLines lines = UpgradeLines.of(result);
    lines.lines().forEach(out()::println);
    out().flush();
    return lines.succeeded() ? ExitCodes.OK : ExitCodes.WARNING;
  }

  private void printPlugins(List<InstalledPlugin> plugins) {
    PluginTable.render(plugins).forEach(out()::println);
    out().flush();
  }

  private int printRemoved(InstalledPlugin removed) {
    out().println("removed " + removed.id() + " " + removed.version());
    out().flush();
    return ExitCodes.OK;
  }

  /** The JSON body of a 2xx answer; anything else becomes the agent's error message. */
  private static <T> T json(
      Optional<HttpResponse<String>> answer, AgentClient agent, Class<T> type) {
    HttpResponse<String> response =
        answer.orElseThrow(() -> new IllegalStateException("the agent stopped answering"));
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(AgentErrors.describe(response, agent.address()));
    }
    return WireJson.MAPPER.readValue(response.body(), type);
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
