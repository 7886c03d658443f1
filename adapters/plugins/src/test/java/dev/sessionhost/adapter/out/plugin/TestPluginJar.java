package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes real plugin files for tests: a jar (or a zip holding one) with a PF4J manifest, a {@code
 * META-INF/extensions.idx} and the compiled fixture classes copied from the test class path.
 */
final class TestPluginJar {

  private static final List<Class<?>> SDK_CLASSES =
      List.of(
          HealthCheck.class,
          CheckDescriptor.class,
          CheckVerdict.class,
          CheckContext.class,
          CheckSettings.class,
          Severity.class,
          VerdictStatus.class);

  private final String id;
  private String version = "1.0.0";
  private String requires = ">=1.0.0 & <2.0.0";
  private Class<?> pluginClass;
  private String pluginClassName;
  private String dependencies;
  private final List<Class<?>> extensions = new ArrayList<>();
  private boolean bundleSdk;
  private boolean withManifest = true;
  private boolean withIndex = true;

  private TestPluginJar(String id) {
    this.id = id;
  }

  /** A plugin with this Plugin-Id, or none when {@code id} is null. */
  static TestPluginJar plugin(String id) {
    return new TestPluginJar(id);
  }

  TestPluginJar version(String newVersion) {
    this.version = newVersion;
    return this;
  }

  TestPluginJar requires(String range) {
    this.requires = range;
    return this;
  }

  TestPluginJar pluginClass(Class<?> type) {
    this.pluginClass = type;
    return this;
  }

  /** A Plugin-Class entry naming a class that is not in the jar. */
  TestPluginJar pluginClassName(String className) {
    this.pluginClassName = className;
    return this;
  }

  /** Plugin-Dependencies, e.g. {@code "other@>=1.0.0"}. */
  TestPluginJar dependsOn(String pluginDependencies) {
    this.dependencies = pluginDependencies;
    return this;
  }

  TestPluginJar extensions(Class<?>... types) {
    extensions.addAll(List.of(types));
    return this;
  }

  /** Copies the SDK's classes into the jar too, as a badly built plugin would. */
  TestPluginJar bundlingSdk() {
    this.bundleSdk = true;
    return this;
  }

  TestPluginJar withoutManifest() {
    this.withManifest = false;
    return this;
  }

  TestPluginJar withoutIndex() {
    this.withIndex = false;
    return this;
  }

  /** Writes the plugin as {@code dir/fileName}, a jar. */
  Path writeJar(Path dir, String fileName) {
    return write(dir.resolve(fileName), jarBytes());
  }

  /** Writes a zip holding the plugin jar as {@code lib/<fileName without .zip>.jar}. */
  Path writeZipWithLib(Path dir, String fileName) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("lib/" + fileName.replace(".zip", ".jar"), jarBytes());
    return write(dir.resolve(fileName), zip(entries));
  }

  /** Writes a zip in PF4J's folder layout: {@code classes/} with the manifest and the classes. */
  Path writeZipWithClasses(Path dir, String fileName) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("classes/META-INF/MANIFEST.MF", manifestBytes());
    contents().forEach((name, bytes) -> entries.put("classes/" + name, bytes));
    return write(dir.resolve(fileName), zip(entries));
  }

  /** Writes a file of random bytes that only looks like a plugin by its name. */
  static Path writeGarbage(Path dir, String fileName) {
    byte[] bytes = new byte[2048];
    new Random(42).nextBytes(bytes);
    return write(dir.resolve(fileName), bytes);
  }

  private byte[] jarBytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JarOutputStream jar =
        withManifest ? new JarOutputStream(buffer, manifest()) : new JarOutputStream(buffer)) {
      for (Map.Entry<String, byte[]> entry : contents().entrySet()) {
        putEntry(jar, entry.getKey(), entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private Map<String, byte[]> contents() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    if (withIndex) {
      StringBuilder index = new StringBuilder();
      extensions.forEach(type -> index.append(type.getName()).append('\n'));
      entries.put("META-INF/extensions.idx", index.toString().getBytes(StandardCharsets.UTF_8));
    }
    List<Class<?>> classes = new ArrayList<>(extensions);
    if (pluginClass != null) {
      classes.add(pluginClass);
    }
    if (bundleSdk) {
      classes.addAll(SDK_CLASSES);
    }
    for (Class<?> type : classes) {
      classFiles(type).forEach(entries::put);
    }
    return entries;
  }

  private Manifest manifest() {
    Manifest manifest = new Manifest();
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (id != null) {
      attributes.putValue("Plugin-Id", id);
    }
    attributes.putValue("Plugin-Version", version);
    if (requires != null) {
      attributes.putValue("Plugin-Requires", requires);
    }
    if (pluginClass != null || pluginClassName != null) {
      attributes.putValue(
          "Plugin-Class", pluginClass != null ? pluginClass.getName() : pluginClassName);
    }
    if (dependencies != null) {
      attributes.putValue("Plugin-Dependencies", dependencies);
    }
    return manifest;
  }

  private byte[] manifestBytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      manifest().write(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** The class file of a type and those of its nested classes, by entry name. */
  private static Map<String, byte[]> classFiles(Class<?> type) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    String entry = type.getName().replace('.', '/') + ".class";
    URL url = type.getClassLoader().getResource(entry);
    if (url == null) {
      throw new IllegalStateException("no class file for " + type.getName());
    }
    files.put(entry, read(url));
    if ("file".equals(url.getProtocol())) {
      Path file = pathOf(url);
      String nestedPrefix = type.getSimpleName() + "$";
      String folder = entry.substring(0, entry.lastIndexOf('/') + 1);
      try (Stream<Path> siblings = Files.list(file.getParent())) {
        siblings
            .filter(path -> path.getFileName().toString().startsWith(nestedPrefix))
            .forEach(path -> files.put(folder + path.getFileName(), readFile(path)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static Path pathOf(URL url) {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] read(URL url) {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readFile(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        putEntry(zip, entry.getKey(), entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static void putEntry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  private static Path write(Path target, byte[] bytes) {
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
