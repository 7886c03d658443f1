package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.CommandRequest;
import dev.sessionhost.plugin.api.CommandRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a check's command on this host: no shell, a clean environment, standard input at end of
 * file, both outputs read at once and capped, and the whole process tree killed at the timeout.
 *
 * <p>To find the whole tree, the command starts as the leader of a new session through {@code
 * setsid} (util-linux, present on every distribution the agent supports). Its children keep that
 * session and process group even when re-parented away from it (a background job the shell stops
 * waiting for, a double fork), so at the timeout the probe kills the leader's descendants, then
 * sweeps {@code /proc} for live members of the group or session until none is left; only a
 * descendant that starts a session of its own after the snapshot could escape, which a daemon does
 * but a check has no reason to. Without {@code setsid} the probe falls back to killing the
 * descendants it can see at the timeout. A command that exits is swept the same way once its output
 * has ended or the output grace has passed: a child it left in its session, holding the output open
 * or not, is killed with it.
 *
 * <p>The process ending does not end the commands: a program still running when the agent stops (or
 * a one-shot {@code check} is interrupted) would be left behind, re-parented to init. So the probe
 * keeps the commands it is running, and a shutdown hook, added with the first command, kills each
 * one's tree as the JVM exits.
 */
public final class LinuxCommandProbe implements CommandProbe {

  /** The search path a command gets unless its request sets {@code PATH}. */
  public static final String STANDARD_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private static final Path ROOT = Path.of("/");
  private static final File NO_INPUT = new File("/dev/null");
  private static final List<Path> SETSID =
      List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

  private final Optional<Path> setsid;
  private final ProcessTable processes;
  private final Set<Process> running = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean hooked = new AtomicBoolean();

  /** Runs commands on this host, each in a session of its own when {@code setsid} is installed. */
  public LinuxCommandProbe() {
    this(SETSID.stream().filter(Files::isExecutable).findFirst(), Path.of("/proc"));
  }

  LinuxCommandProbe(Optional<Path> setsid, Path procRoot) {
    this.setsid = setsid;
    this.processes = new ProcessTable(procRoot);
  }

  @Override
  public CommandRun run(CommandRequest request) {
    long started = System.nanoTime();
    Map<String, String> environment = environment(request);
    Path directory = request.workingDirectory().orElse(ROOT);
    if (!Files.isDirectory(directory)) {
      return notStarted("no such working directory: " + directory, started);
    }
    String name = request.command().get(0);
    ProgramPath program = ProgramPath.resolve(name, directory, environment.get("PATH"));
    if (program.problem().isPresent()) {
      return notStarted(program.problem().get(), started);
    }
    ProcessBuilder builder =
        new ProcessBuilder(argv(program.file().orElseThrow(), request.command()))
            .directory(directory.toFile())
            .redirectInput(NO_INPUT);
    builder.environment().clear();
    builder.environment().putAll(environment);
    killRunningAtExit();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return notStarted(startProblem(name, e), started);
    }
    running.add(process);
    try {
      return new RunningCommand(process, request, started, this::kill).await();
    } finally {
      running.remove(process);
    }
  }

  /** Kills every command still running, as the JVM exits; the hook is added once, when needed. */
  private void killRunningAtExit() {
    if (hooked.compareAndSet(false, true)) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::killRunning, "sessionhost-command-reaper"));
    }
  }

  /** Kills the process tree of every command running now. */
  void killRunning() {
    List.copyOf(running).forEach(this::kill);
  }

  /** Whether commands start in a session of their own, so that re-parented children are found. */
  boolean usesSessions() {
    return setsid.isPresent();
  }

  private void kill(Process process) {
    if (setsid.isPresent()) {
      ProcessTree.killSession(process, processes);
    } else {
      ProcessTree.kill(process);
    }
  }

  private List<String> argv(Path program, List<String> command) {
    List<String> argv = new ArrayList<>(command.size() + 2);
    // --wait only matters if setsid had to fork (it does not: the JVM's child leads no group),
    // and then keeps the command's own exit code rather than setsid's 0
    setsid.ifPresent(tool -> argv.addAll(List.of(tool.toString(), "--wait")));
    argv.add(program.toString());
    argv.addAll(command.subList(1, command.size()));
    return argv;
  }

  private static Map<String, String> environment(CommandRequest request) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PATH", STANDARD_PATH);
    environment.put("LANG", "C");
    environment.putAll(request.environment());
    return environment;
  }

  private static String startProblem(String program, IOException e) {
    // ProcessBuilder reports errno in the message only
    String message = String.valueOf(e.getMessage());
    if (message.contains("error=2,")) {
      return "no such program: " + program;
    }
    if (message.contains("error=13,")) {
      return "not executable: " + program;
    }
    return "cannot start " + program + ": " + message;
  }

  private static CommandRun notStarted(String problem, long started) {
    return new CommandRun(
        OptionalInt.empty(),
        OptionalInt.empty(),
        false,
        Optional.of(problem),
        "",
        0,
        "",
        0,
        Duration.ofNanos(System.nanoTime() - started));
  }
}
