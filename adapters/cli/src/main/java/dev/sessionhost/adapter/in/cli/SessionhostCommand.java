package dev.sessionhost.adapter.in.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: names the product, lists its commands and exit codes, and prints
 * that usage when no command is given. The commands themselves are added by {@link SessionhostCli}.
 */
@Command(
    name = "sessionhost",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Health agent for a session host: runs health checks, decides whether the host can take new"
          + " connections, and says what to fix when it cannot.",
    },
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes (the monitoring-plugin convention):%n",
    exitCodeList = {
      "0:Available, or the command did what was asked",
      "1:NeedsAssistance or UpgradeFailed",
      "2:Unavailable, Shutdown or Upgrading",
      "3:could not run: bad options, bad configuration or an internal error",
    },
    footer = {"%nRun 'sessionhost COMMAND --help' for what a command does and its options."})
public final class SessionhostCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
