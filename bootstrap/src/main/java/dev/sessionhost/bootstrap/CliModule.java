package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.sessionhost.adapter.in.cli.AgentCommand;
import dev.sessionhost.adapter.in.cli.BrokerCommand;
import dev.sessionhost.adapter.in.cli.CheckCommand;
import dev.sessionhost.adapter.in.cli.ChecksCommand;
import dev.sessionhost.adapter.in.cli.DemoCommand;
import dev.sessionhost.adapter.in.cli.PluginsCommand;
import dev.sessionhost.adapter.in.cli.SessionhostCli;
import dev.sessionhost.adapter.in.cli.StatusCommand;
import dev.sessionhost.bootstrap.config.ConfigLoader;
import dev.sessionhost.bootstrap.demo.ProcessPoolDemo;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command line. Binds {@link HealthSessions} (the application, wired per command from the
 * configuration), the {@link Subcommand} set of command objects ({@code agent}, {@code broker},
 * {@code check}, {@code checks}, {@code demo}, {@code plugins}, {@code status}; a feature module
 * may add its own with {@code @ProvidesIntoSet @Subcommand}) and the {@link CommandLine} built from
 * them.
 *
 * <p>Command objects are built whichever command runs, so they hold only cheap things; loading
 * configuration and plugins happens when a command runs.
 */
final class CliModule extends AbstractModule {

  /** The command objects, one per subcommand. */
  static final Key<Set<Object>> SUBCOMMANDS =
      Key.get(new TypeLiteral<Set<Object>>() {}, Subcommand.class);

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), Object.class, Subcommand.class);
  }

  @Provides
  @Singleton
  HealthSessions sessions() {
    return new HealthSessions(ConfigLoader.home());
  }

  @ProvidesIntoSet
  @Subcommand
  Object checkCommand(HealthSessions sessions) {
    return new CheckCommand(sessions);
  }

  @ProvidesIntoSet
  @Subcommand
  Object checksCommand(HealthSessions sessions) {
    return new ChecksCommand(sessions);
  }

  @ProvidesIntoSet
  @Subcommand
  Object agentCommand(HealthSessions sessions) {
    return new AgentCommand(sessions);
  }

  @ProvidesIntoSet
  @Subcommand
  Object statusCommand(HealthSessions sessions) {
    return new StatusCommand(sessions);
  }

  @ProvidesIntoSet
  @Subcommand
  Object pluginsCommand(HealthSessions sessions) {
    return new PluginsCommand(sessions);
  }

  @ProvidesIntoSet
  @Subcommand
  Object brokerCommand(HealthSessions sessions) {
    return new BrokerCommand(sessions);
  }

  @ProvidesIntoSet
  @Subcommand
  Object demoCommand() {
    return new DemoCommand(
        new ProcessPoolDemo(
            ConfigLoader.home(),
            () -> {
              StopSignals signals = StopSignals.handle();
              return signals::stopped;
            }));
  }

  @Provides
  CommandLine commandLine(@Subcommand Set<Object> subcommands) {
    return SessionhostCli.commandLine(subcommands);
  }
}
