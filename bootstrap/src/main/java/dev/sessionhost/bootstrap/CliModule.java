package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.sessionhost.adapter.in.cli.ChecksCommand;
import dev.sessionhost.adapter.in.cli.SessionhostCli;
import dev.sessionhost.application.port.in.ListChecksQuery;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command line. Binds the {@link Subcommand} set of command objects (here {@code checks}; a
 * feature module may add its own with {@code @ProvidesIntoSet @Subcommand}) and provides the {@link
 * CommandLine} built from them.
 *
 * <p>Every command object is built whichever command runs, so a command takes what is cheap to
 * build and leaves heavy work to its {@code call()}.
 */
final class CliModule extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), Object.class, Subcommand.class);
  }

  @ProvidesIntoSet
  @Subcommand
  Object checksCommand(ListChecksQuery checks) {
    return new ChecksCommand(checks);
  }

  @Provides
  CommandLine commandLine(@Subcommand Set<Object> subcommands) {
    return SessionhostCli.commandLine(subcommands);
  }
}
