package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.CommandProbe;
import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.Probe;
import dev.sessionhost.plugin.api.ServiceProbe;
import java.net.ProxySelector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The probes of a real Linux host, keyed by the SDK probe interface they implement.
 *
 * <p>Creating it is cheap: no command runs and no HTTP client is built until a probe is first asked
 * something, so a one-shot command starts fast. Every probe is thread-safe.
 */
public final class LinuxEnvironment {

  /** The environment's name in the configuration and in messages. */
  public static final String NAME = "linux";

  private final LinuxEnvironmentOptions options;
  private final Map<Class<? extends Probe>, Probe> probes;

  /** Creates the environment over the given roots. */
  public LinuxEnvironment(LinuxEnvironmentOptions options) {
    this(options, new ProcessCommandRunner());
  }

  LinuxEnvironment(LinuxEnvironmentOptions options, CommandRunner runner) {
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(runner, "runner");
    Map<Class<? extends Probe>, Probe> all = new LinkedHashMap<>();
    all.put(DirectoryProbe.class, new LinuxDirectoryProbe(options, runner));
    all.put(ListenerProbe.class, new LinuxListenerProbe(options.procRoot()));
    all.put(ServiceProbe.class, new LinuxServiceProbe(options, runner));
    all.put(HttpProbe.class, new LinuxHttpProbe(ProxySelector::getDefault));
    all.put(FileProbe.class, new LinuxFileProbe());
    all.put(CommandProbe.class, new LinuxCommandProbe());
    this.probes = Map.copyOf(all);
  }

  /** The environment of the machine this runs on: {@code /proc}, {@code /etc}, 10 s per command. */
  public static LinuxEnvironment forThisHost() {
    return new LinuxEnvironment(LinuxEnvironmentOptions.forThisHost());
  }

  /** Every probe of this environment, keyed by its SDK interface; the map cannot change. */
  public Map<Class<? extends Probe>, Probe> probes() {
    return probes;
  }

  /** The roots and timeout this environment reads the machine with. */
  public LinuxEnvironmentOptions options() {
    return options;
  }
}
