package dev.sessionhost.bootstrap;

import com.google.inject.Injector;
import com.google.inject.Module;
import dev.sessionhost.adapter.in.cli.AgentAddress;
import dev.sessionhost.adapter.in.cli.AgentSession;
import dev.sessionhost.adapter.in.cli.CheckSetupException;
import dev.sessionhost.adapter.out.history.AgentFiles;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RecoverInterruptedUpgradeUseCase;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One command's view of the agent for a configuration. The application is wired only when a method
 * needs it: {@link #address()} reads two small files at most, the plugin methods wire the core with
 * the state folder, and {@link #serve} adds the HTTP API and the reporters.
 */
final class AgentSessionImpl implements AgentSession {

  private final SessionhostConfig config;
  private final EnvironmentChoice environment;
  private Injector injector;

  AgentSessionImpl(SessionhostConfig config, EnvironmentChoice environment) {
    this.config = config;
    this.environment = environment;
  }

  @Override
  public AgentAddress address() {
    AgentFiles files = new AgentFiles(config.agent().stateDir());
    URI base =
        config.http().port() == 0
            ? files.readUrl().orElse(URI.create("http://" + host() + ":0"))
            : URI.create("http://" + host() + ":" + config.http().port());
    Optional<String> token = config.http().adminToken().or(files::readToken);
    return new AgentAddress(base, token);
  }

  private String host() {
    return LocalAddress.reachable(config.http().bind());
  }

  // The plugin methods serve the commands run when no agent answers: only then may an upgrade
  // that a crash left half done be finished or undone, since no agent is in the middle of it.

  @Override
  public ListPluginsQuery plugins() {
    return withFolderRestored().getInstance(ListPluginsQuery.class);
  }

  @Override
  public UpgradePluginUseCase upgrade() {
    return withFolderRestored().getInstance(UpgradePluginUseCase.class);
  }

  @Override
  public RemovePluginUseCase remove() {
    return withFolderRestored().getInstance(RemovePluginUseCase.class);
  }

  private Injector withFolderRestored() {
    Injector wired = wired(Optional.empty());
    wired.getInstance(RecoverInterruptedUpgradeUseCase.class).recoverInterruptedUpgrade();
    return wired;
  }

  @Override
  public int serve(Consumer<String> log) throws CheckSetupException {
    Injector agent = wiredOrThrow(Optional.of(new AgentModule(log)));
    return new AgentDaemon(AgentDaemon.Parts.of(agent), config, log).run();
  }

  private Injector wired(Optional<Module> extra) {
    try {
      return wiredOrThrow(extra);
    } catch (CheckSetupException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private Injector wiredOrThrow(Optional<Module> extra) throws CheckSetupException {
    if (injector == null) {
      List<Module> more = new ArrayList<>();
      more.add(new HistoryFileModule());
      if (config.broker().isConfigured() && extra.isPresent()) {
        more.add(new BrokerClientModule());
      }
      extra.ifPresent(more::add);
      injector = Wiring.of(config, environment.moduleFor(config), more);
    }
    return injector;
  }

  @Override
  public void close() {
    if (injector != null) {
      Wiring.release(injector);
    }
  }

  /** Picks the environment module for a configuration; fails with a message to print. */
  @FunctionalInterface
  interface EnvironmentChoice {
    Module moduleFor(SessionhostConfig config) throws CheckSetupException;
  }
}
