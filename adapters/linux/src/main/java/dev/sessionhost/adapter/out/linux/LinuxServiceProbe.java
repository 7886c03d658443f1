package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.plugin.api.ServiceState;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Service state from {@code systemctl show}; from the process table when systemd is not installed
 * or not running (as in most containers).
 *
 * <p>Thread-safe: it keeps no state.
 */
final class LinuxServiceProbe implements ServiceProbe {

  /** Unit names systemd accepts; a leading dash would read as an option. */
  private static final Pattern UNIT_NAME =
      Pattern.compile("[A-Za-z0-9:_.@\\\\][A-Za-z0-9:_.@\\\\-]*");

  private static final List<String> NO_SYSTEMD =
      List.of("not been booted with systemd", "failed to connect to bus", "failed to get d-bus");

  private final LinuxEnvironmentOptions options;
  private final CommandRunner runner;
  private final ProcessTable processes;

  LinuxServiceProbe(LinuxEnvironmentOptions options, CommandRunner runner) {
    this.options = options;
    this.runner = runner;
    this.processes = new ProcessTable(options.procRoot());
  }

  @Override
  public ServiceState service(String name) {
    if (name == null || !UNIT_NAME.matcher(name).matches()) {
      throw new ProbeException("\"" + name + "\" is not a valid service name");
    }
    List<String> command =
        List.of(
            "systemctl",
            "show",
            name,
            "--property=LoadState,ActiveState,SubState,UnitFileState",
            "--no-pager");
    String source = String.join(" ", command);
    CommandResult result;
    try {
      result = runner.run(command, options.commandTimeout());
    } catch (CommandNotFoundException e) {
      return fromProcessTable(name, "systemctl is not installed");
    }
    if (!result.succeeded()) {
      String output = result.allOutput().toLowerCase(Locale.ROOT);
      if (NO_SYSTEMD.stream().anyMatch(output::contains)) {
        return fromProcessTable(name, "systemd is not running (" + result.firstLine() + ")");
      }
      throw new ProbeException("\"" + source + "\" failed: " + result.firstLine());
    }
    SystemctlShow show = SystemctlShow.parse(result.stdout());
    return new ServiceState(name, show.installed(), show.active(), show.detail(), source);
  }

  private ServiceState fromProcessTable(String name, String why) {
    if (!processes.available()) {
      throw new ProbeException(
          "cannot tell whether "
              + name
              + " runs: "
              + why
              + " and "
              + options.procRoot()
              + " is not readable");
    }
    String source = "process table " + options.procRoot() + "/*/comm";
    String process = name.endsWith(".service") ? name.substring(0, name.length() - 8) : name;
    List<Long> pids = processes.pidsNamed(process);
    if (pids.isEmpty()) {
      return new ServiceState(name, false, false, why + "; no process named " + process, source);
    }
    return new ServiceState(
        name, true, true, why + "; " + process + " runs as pid " + pids.get(0), source);
  }
}
