package dev.sessionhost.adapter.in.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sessionhost demo}: a pool with every status, live in the portal, from one command. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Shows a pool with every status live: a broker and seven simulated hosts.",
    description = {
      "Starts a broker on the embedded database and seven agents on simulated scenarios, each a"
          + " real process with its own state folder, all inside one temporary folder. Between"
          + " them they show every status: Available, NeedsAssistance (a non-fatal check fails),"
          + " Unavailable (a fatal one fails), Shutdown (an agent stopped with SIGTERM), Upgrading"
          + " (a plugin upgrade in progress, repeated), UpgradeFailed (an upgrade that could not"
          + " load and was rolled back) and Unavailable with NoHeartbeat (an agent killed).",
      "",
      "Prints the portal's address and the admin token to sign in with, then says as each host"
          + " reaches its status. Ctrl-C stops every process and removes the temporary folder.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by Ctrl-C, SIGTERM or --stop-after",
      "3:could not start: bad options, the port taken, a process that ended at start",
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8780",
      description =
          "The broker's port on 127.0.0.1, 0 for any free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--stop-after",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description =
          "Stop by itself after this many seconds once every status shows; 0 (the default) runs"
              + " until Ctrl-C.")
  private long stopAfter;

  private final PoolDemo demo;

  public DemoCommand(PoolDemo demo) {
    this.demo = Objects.requireNonNull(demo, "demo");
  }

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port: expected 0 to 65535, found " + port);
    }
    if (stopAfter < 0) {
      throw new ParameterException(
          spec.commandLine(), "--stop-after: expected 0 or more seconds, found " + stopAfter);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return demo.run(
          port,
          stopAfter,
          line -> {
            out.println(line);
            out.flush();
          });
    } catch (CheckSetupException e) {
      err.println("sessionhost demo: " + e.getMessage());
      err.flush();
      return ExitCodes.COULD_NOT_RUN;
    }
  }
}
