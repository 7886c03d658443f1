package dev.sessionhost.adapter.out.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * Reads a plugin's descriptor, failing with a reason an operator can act on (PF4J's own finders
 * only log why).
 *
 * <p>A jar carries it in {@code META-INF/MANIFEST.MF}. A zip, once unpacked, in {@code
 * plugin.properties}, {@code classes/META-INF/MANIFEST.MF}, or the manifest of one of its {@code
 * lib/*.jar}.
 */
final class PluginDescriptorReader extends ManifestPluginDescriptorFinder {

  private static final String JAR_MANIFEST = "META-INF/MANIFEST.MF";
  private static final String CLASSES_MANIFEST = "classes/" + JAR_MANIFEST;
  private static final String PROPERTIES = "plugin.properties";

  @Override
  public boolean isApplicable(Path pluginPath) {
    return Files.exists(pluginPath);
  }

  @Override
  public PluginDescriptor find(Path pluginPath) {
    return Files.isDirectory(pluginPath) ? fromFolder(pluginPath) : fromJar(pluginPath);
  }

  private PluginDescriptor fromJar(Path jar) {
    Manifest manifest = manifestOf(jar);
    if (manifest == null) {
      throw new PluginRejectedException(null, "not a plugin: no " + JAR_MANIFEST);
    }
    return validated(createPluginDescriptor(manifest), JAR_MANIFEST, "Plugin-Id", "Plugin-Version");
  }

  private PluginDescriptor fromFolder(Path folder) {
    Path properties = folder.resolve(PROPERTIES);
    if (Files.isRegularFile(properties)) {
      return validated(fromProperties(folder), PROPERTIES, "plugin.id", "plugin.version");
    }
    Path classesManifest = folder.resolve(CLASSES_MANIFEST);
    if (Files.isRegularFile(classesManifest)) {
      try (InputStream in = Files.newInputStream(classesManifest)) {
        return validated(
            createPluginDescriptor(new Manifest(in)),
            CLASSES_MANIFEST,
            "Plugin-Id",
            "Plugin-Version");
      } catch (IOException e) {
        throw new PluginRejectedException(
            null, "cannot read " + CLASSES_MANIFEST + ": " + Reasons.messageOf(e));
      }
    }
    for (Path jar : libraryJars(folder)) {
      Manifest manifest = manifestOf(jar);
      if (manifest != null && manifest.getMainAttributes().getValue(PLUGIN_ID) != null) {
        String where = "lib/" + jar.getFileName() + "!/" + JAR_MANIFEST;
        return validated(createPluginDescriptor(manifest), where, "Plugin-Id", "Plugin-Version");
      }
    }
    throw new PluginRejectedException(
        null,
        "not a plugin: no "
            + PROPERTIES
            + ", no "
            + CLASSES_MANIFEST
            + " and no lib/*.jar whose manifest has a Plugin-Id");
  }

  private static PluginDescriptor fromProperties(Path folder) {
    try {
      return new PropertiesPluginDescriptorFinder(PROPERTIES).find(folder);
    } catch (RuntimeException e) {
      throw new PluginRejectedException(
          null, "cannot read " + PROPERTIES + ": " + Reasons.messageOf(e));
    }
  }

  private static Manifest manifestOf(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest();
    } catch (IOException e) {
      throw new PluginRejectedException(null, "cannot open: " + Reasons.messageOf(e));
    }
  }

  private static List<Path> libraryJars(Path folder) {
    Path lib = folder.resolve("lib");
    if (!Files.isDirectory(lib)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(lib)) {
      return entries
          .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new PluginRejectedException(null, "cannot list lib/: " + Reasons.messageOf(e));
    }
  }

  private static PluginDescriptor validated(
      PluginDescriptor descriptor, String where, String idKey, String versionKey) {
    String id = descriptor.getPluginId();
    if (id == null || id.isBlank()) {
      throw new PluginRejectedException(null, "not a plugin: no " + idKey + " in " + where);
    }
    String version = descriptor.getVersion();
    if (version == null || version.isBlank()) {
      throw new PluginRejectedException(id, "no " + versionKey + " in " + where);
    }
    return descriptor;
  }
}
