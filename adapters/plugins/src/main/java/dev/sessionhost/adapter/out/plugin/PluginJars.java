package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.PluginInstallationException;
import dev.sessionhost.application.port.out.PluginPackage;
import dev.sessionhost.plugin.api.SdkVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDescriptor;

/**
 * Reads plugin jars as the runtime does ({@link PluginDescriptorReader}), with a reason naming the
 * file when one is not a plugin.
 */
final class PluginJars {

  private PluginJars() {}

  /** The id and version {@code jar} declares; fails with the file and the problem. */
  static PluginPackage read(Path jar) {
    PluginDescriptor descriptor = descriptorOf(jar);
    return new PluginPackage(jar, descriptor.getPluginId(), descriptor.getVersion());
  }

  /**
   * As {@link #read}, and refuses a jar whose {@code Plugin-Requires} this host's SDK does not
   * meet, as the plugin manager would at load time, but before anything is installed.
   */
  static PluginPackage readForInstall(Path jar) {
    PluginDescriptor descriptor = descriptorOf(jar);
    try {
      SdkRequirement.check(descriptor, new DefaultVersionManager(), SdkVersion.VERSION, false);
    } catch (PluginRejectedException e) {
      throw new PluginInstallationException(jar.getFileName() + ": " + e.reason(), e);
    }
    return new PluginPackage(jar, descriptor.getPluginId(), descriptor.getVersion());
  }

  private static PluginDescriptor descriptorOf(Path jar) {
    String name = String.valueOf(jar.getFileName());
    if (!Files.exists(jar)) {
      throw new PluginInstallationException(name + " does not exist (" + jar + ")");
    }
    if (!Files.isRegularFile(jar)) {
      throw new PluginInstallationException(name + " is not a regular file");
    }
    if (!Files.isReadable(jar)) {
      throw new PluginInstallationException(name + " cannot be read: permission denied");
    }
    try {
      // opening reads the central directory: a corrupt or truncated file fails here
      new ZipFile(jar.toFile()).close();
    } catch (IOException e) {
      throw new PluginInstallationException(
          name + " is not a jar file: " + Reasons.messageOf(e), e);
    }
    try {
      return new PluginDescriptorReader().find(jar);
    } catch (PluginRejectedException e) {
      throw new PluginInstallationException(
          name + " has no valid plugin descriptor: " + e.reason(), e);
    } catch (RuntimeException e) {
      throw new PluginInstallationException(
          name + " has no valid plugin descriptor: " + Reasons.describe(e), e);
    }
  }

  /** The package of {@code jar}, or empty when it is not a readable plugin. */
  static Optional<PluginPackage> tryRead(Path jar) {
    try {
      return Optional.of(read(jar));
    } catch (PluginInstallationException e) {
      return Optional.empty();
    }
  }

  /** The plugin jars directly in {@code folder}, by file name, as the runtime loads them. */
  static List<Path> jarsIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(PluginFiles::isPluginFile)
          .filter(path -> isJar(path.getFileName().toString()))
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  static boolean isJar(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".jar");
  }
}
