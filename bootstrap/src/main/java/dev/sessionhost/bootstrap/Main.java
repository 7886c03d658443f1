package dev.sessionhost.bootstrap;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import dev.sessionhost.adapter.in.cli.SessionhostCli;
import java.util.List;
import picocli.CommandLine;

/** Starts sessionhost: wires the modules, builds the command line and runs the command given. */
public final class Main {

  /** The exit code of a program that could not even start. */
  private static final int COULD_NOT_RUN = 3;

  private Main() {}

  public static void main(String[] args) {
    preferCheapProcessStarts();
    System.exit(run(args));
  }

  /**
   * Command checks start a program every cycle. On Java 17 to 21 the JVM can start one with vfork
   * alone instead of posix_spawn through a helper program, which costs an exec less per start
   * (about 15 % of a command check's CPU here). Later JDKs dropped the option, so it is asked for
   * only where it exists, and never over what the operator set in {@code JAVA_OPTS}.
   */
  private static void preferCheapProcessStarts() {
    String property = "jdk.lang.Process.launchMechanism";
    int feature = Runtime.version().feature();
    if (System.getProperty(property) == null && feature >= 17 && feature <= 21) {
      System.setProperty(property, "VFORK");
    }
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
      Injector injector = Guice.createInjector(Stage.DEVELOPMENT, modules());
      commandLine = SessionhostCli.commandLine(injector.getInstance(CliModule.SUBCOMMANDS), args);
    } catch (CreationException | ConfigurationException | ProvisionException e) {
      System.err.println("sessionhost: could not start: " + StartupFailure.describe(e));
      return COULD_NOT_RUN;
    }
    return commandLine.execute(args);
  }
}
