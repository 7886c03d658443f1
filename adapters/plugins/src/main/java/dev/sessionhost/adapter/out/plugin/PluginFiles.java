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
 * <p>Only top-level files count: PF4J unpacks zips into folders beside them, and {@link
 * PluginFolder} keeps {@code previous/}, {@code updates/} and {@code .staging/} there. A zip named
 * like one of those would unpack over it, so it is not a plugin either.
 */
final class PluginFiles implements PluginRepository {

  private final List<Path> roots;

  PluginFiles(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  @Override
  public List<Path> getPluginPaths() {
    return roots.stream()
        .filter(Files::isDirectory)
        .flatMap(PluginFiles::pluginFiles)
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
        && (name.endsWith(".jar") || (name.endsWith(".zip") && !isReservedFolder(name)));
  }

  private static boolean isReservedFolder(String zipName) {
    String folder = zipName.substring(0, zipName.length() - ".zip".length());
    return PluginFolder.RESERVED.contains(folder);
  }

  private static Stream<Path> pluginFiles(Path root) {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(PluginFiles::isPluginFile).collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the plugins folder " + root, e);
    }
  }
}
