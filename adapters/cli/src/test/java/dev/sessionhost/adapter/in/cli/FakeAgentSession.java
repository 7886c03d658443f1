package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.in.ListPluginsQuery;
import dev.sessionhost.application.port.in.RemovePluginUseCase;
import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradePluginUseCase;
import dev.sessionhost.application.port.in.UpgradeResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** An agent session that answers from what a test gives it and records what it was asked. */
final class FakeAgentSession implements AgentSession, AgentSessions {

  final List<UpgradePluginCommand> upgrades = new ArrayList<>();
  final List<String> removed = new ArrayList<>();
  final List<CheckSetup> setups = new ArrayList<>();
  private final URI base;
  private List<InstalledPlugin> plugins = List.of();
  private Function<UpgradePluginCommand, UpgradeResult> upgrade =
      command -> {
        throw new AssertionError("no upgrade expected");
      };

  FakeAgentSession(URI base) {
    this.base = base;
  }

  FakeAgentSession withPlugins(List<InstalledPlugin> installed) {
    this.plugins = List.copyOf(installed);
    return this;
  }

  FakeAgentSession upgradingTo(Function<UpgradePluginCommand, UpgradeResult> answer) {
    this.upgrade = answer;
    return this;
  }

  @Override
  public AgentSession openAgent(CheckSetup setup) {
    setups.add(setup);
    return this;
  }

  @Override
  public AgentAddress address() {
    return new AgentAddress(base, Optional.of("secret-token-0123456789"));
  }

  @Override
  public ListPluginsQuery plugins() {
    return () -> plugins;
  }

  @Override
  public UpgradePluginUseCase upgrade() {
    return command -> {
      upgrades.add(command);
      return upgrade.apply(command);
    };
  }

  @Override
  public RemovePluginUseCase remove() {
    return id -> {
      removed.add(id);
      return plugins.stream()
          .filter(p -> p.id().equals(id))
          .findFirst()
          .orElseThrow(
              () -> new IllegalArgumentException("no plugin with id " + id + " is installed"));
    };
  }

  @Override
  public int serve(Consumer<String> log) {
    log.accept("served");
    return 0;
  }

  @Override
  public void close() {}
}
