package dev.sessionhost.bootstrap.dist;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes a check plugin jar as the plugin build does, from classes compiled into the test classes:
 * a manifest with the {@code Plugin-*} entries, {@code META-INF/extensions.idx} naming the check
 * classes, and their class files (with any nested classes).
 */
public final class PluginJar {

  /** The SDK range the built-in plugins declare. */
  public static final String SDK_RANGE = ">=1.0.0 & <2.0.0";

  private final Map<String, String> manifest = new LinkedHashMap<>();
  private final List<Class<?>> extensions = new ArrayList<>();

  private PluginJar() {}

  /** A plugin with this id, version 1.0.0 and the SDK range of the built-in plugins. */
  public static PluginJar withId(String pluginId) {
    return withoutDescriptor()
        .entry("Plugin-Id", pluginId)
        .entry("Plugin-Version", "1.0.0")
        .entry("Plugin-Requires", SDK_RANGE)
        .entry("Plugin-Provider", "sessionhost fault drills");
  }

  /** A jar whose manifest has none of the {@code Plugin-*} entries. */
  public static PluginJar withoutDescriptor() {
    return new PluginJar();
  }

  /** Adds or replaces one manifest entry. */
  public PluginJar entry(String name, String value) {
    manifest.put(name, value);
    return this;
  }

  /** Packs this check class and lists it in the extension index. */
  public PluginJar extension(Class<?> check) {
    extensions.add(check);
    return this;
  }

  /** Writes the jar to {@code file} and returns it. */
  public Path writeTo(Path file) throws IOException {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((name, value) -> mf.getMainAttributes().putValue(name, value));
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out, mf)) {
      if (!extensions.isEmpty()) {
        StringBuilder index = new StringBuilder("# written by a sessionhost test\n");
        extensions.forEach(type -> index.append(type.getName()).append('\n'));
        add(jar, "META-INF/extensions.idx", index.toString().getBytes(StandardCharsets.UTF_8));
      }
      for (Class<?> type : extensions) {
        for (Path classFile : classFilesOf(type)) {
          String entry = type.getPackageName().replace('.', '/') + "/" + classFile.getFileName();
          add(jar, entry, Files.readAllBytes(classFile));
        }
      }
    }
    return file;
  }

  private static void add(JarOutputStream jar, String name, byte[] content) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(content);
    jar.closeEntry();
  }

  /** The class file of {@code type} and of the classes nested in it, from the test classes. */
  private static List<Path> classFilesOf(Class<?> type) throws IOException {
    Path root;
    try {
      root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the class file of " + type.getName(), e);
    }
    Path folder = root.resolve(type.getPackageName().replace('.', '/'));
    String simpleName = type.getSimpleName();
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> found =
          files
              .filter(
                  file -> {
                    String name = file.getFileName().toString();
                    return name.equals(simpleName + ".class")
                        || name.startsWith(simpleName + "$") && name.endsWith(".class");
                  })
              .sorted()
              .toList();
      if (found.isEmpty()) {
        throw new IOException("no class file of " + type.getName() + " in " + folder);
      }
      return found;
    }
  }
}
