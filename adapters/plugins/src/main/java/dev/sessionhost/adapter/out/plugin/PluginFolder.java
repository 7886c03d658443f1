package dev.sessionhost.adapter.out.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pf4j.PluginRepository;

/**
 * The plugin files in the plugins folder: every {@code .jar} and {@code .zip} that is not hidden,
 * by file name so that the first of two plugins with one id is always the same.
 *
 * <p>Folders are not plugins: PF4J unpacks zips into folders beside them, and the folder may hold
 * others (updates, previous versions).
 */
final class PluginFolder implements PluginRepository {

  private final List<Path> roots;

  PluginFolder(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  @Override
  public List<Path> getPluginPaths() {
    return roots.stream()
        .filter(Files::isDirectory)
        .flatMap(PluginFolder::pluginFiles)
        .sorted(Comparator.comparing(path -> path.getFileName().toString()))
        .collect(Collectors.toList());
  }

  @Override
  public boolean deletePluginPath(Path pluginPath) {
    try {
      return isPluginFile(pluginPath) && Files.deleteIfExists(pluginPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isPluginFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path)
        && !name.startsWith(".")
        && (name.endsWith(".jar") || name.endsWith(".zip"));
  }

  private static Stream<Path> pluginFiles(Path root) {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(PluginFolder::isPluginFile).collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the plugins folder " + root, e);
    }
  }
}
