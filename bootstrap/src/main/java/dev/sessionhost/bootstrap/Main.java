package dev.sessionhost.bootstrap;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import java.util.List;
import picocli.CommandLine;

/** Starts sessionhost: wires the modules, builds the command line and runs the command given. */
public final class Main {

  /** The exit code of a program that could not even start. */
  private static final int COULD_NOT_RUN = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * The modules {@code main} wires: the command line. Each command then wires the application for
   * its configuration through {@link HealthSessions}.
   */
  public static List<Module> modules() {
    return List.of(new CliModule());
  }

  private static int run(String[] args) {
    CommandLine commandLine;
    try {
      // DEVELOPMENT builds singletons when first asked for, so a command pays only for what it uses
      commandLine =
          Guice.createInjector(Stage.DEVELOPMENT, modules()).getInstance(CommandLine.class);
    } catch (CreationException | ConfigurationException | ProvisionException e) {
      System.err.println("sessionhost: could not start: " + StartupFailure.describe(e));
      return COULD_NOT_RUN;
    }
    return commandLine.execute(args);
  }
}
