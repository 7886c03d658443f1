package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.in.InstalledPlugin;
import dev.sessionhost.application.port.out.PluginInstallationException;
import dev.sessionhost.application.port.out.PluginPackage;
import dev.sessionhost.domain.health.PluginProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plugins of a folder as the operator sees them: installed jars by id with what the runtime
 * reported about each, then the kept previous versions.
 */
final class PluginListing {

  private PluginListing() {}

  static List<InstalledPlugin> of(
      Path root, PreviousVersions previous, List<PluginProblem> problems) {
    List<InstalledPlugin> plugins = new ArrayList<>();
    for (Path jar : PluginJars.jarsIn(root)) {
      String fileName = jar.getFileName().toString();
      try {
        PluginPackage plugin = PluginJars.read(jar);
        String problem = problemOf(problems, plugin.id(), fileName).orElse("");
        plugins.add(new InstalledPlugin(plugin.id(), plugin.version(), jar, true, problem));
      } catch (PluginInstallationException e) {
        // listed by its file, so the operator sees a jar the runtime cannot use
        String problem = problemOf(problems, fileName, fileName).orElse(e.getMessage());
        plugins.add(new InstalledPlugin(fileName, "", jar, true, problem));
      }
    }
    plugins.sort(Comparator.comparing(InstalledPlugin::id));
    for (PluginPackage kept : previous.list()) {
      plugins.add(new InstalledPlugin(kept.id(), kept.version(), kept.file(), false, ""));
    }
    return plugins;
  }

  /** What the runtime reports for a plugin by its id or its file's name, reasons joined. */
  static Optional<String> problemOf(List<PluginProblem> problems, String id, String fileName) {
    String reasons =
        problems.stream()
            .filter(p -> p.plugin().equals(id) || p.plugin().equals(fileName))
            .map(PluginProblem::reason)
            .distinct()
            .collect(Collectors.joining("; "));
    return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons);
  }
}
