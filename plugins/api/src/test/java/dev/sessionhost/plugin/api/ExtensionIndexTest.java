package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionIndexTest {

  @Test
  void aClassDirectoryWithoutAnIndexListsNothing() {
    // the SDK itself has no extensions, so its own output has no index
    assertThat(ExtensionIndex.besides(CheckVerdict.class)).isEmpty();
  }

  @Test
  void readsTheIndexOfTheJarTheClassCameFromSkippingComments(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("plugin.jar");
    byte[] classBytes;
    try (var in = Probe.class.getResourceAsStream("Probe.class")) {
      classBytes = in.readAllBytes();
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("dev/sessionhost/plugin/api/Probe.class"));
      out.write(classBytes);
      out.putNextEntry(new JarEntry(ExtensionIndex.LOCATION));
      out.write("# written by PF4J\ncom.example.MyCheck\n\n".getBytes(StandardCharsets.UTF_8));
    }
    // a loader that finds Probe in the jar first, so its code source is the jar
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, null) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return name.equals(Probe.class.getName())
                ? findClass(name)
                : super.loadClass(name, resolve);
          }
        }) {
      Class<?> fromJar = loader.loadClass(Probe.class.getName());
      assertThat(ExtensionIndex.besides(fromJar)).containsExactly("com.example.MyCheck");
    }
  }
}
