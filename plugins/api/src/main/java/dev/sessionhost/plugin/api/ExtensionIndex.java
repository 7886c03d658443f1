package dev.sessionhost.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipFile;

/**
 * Reads the extension index ({@value #LOCATION}) that PF4J's annotation processor writes next to a
 * plugin's classes, and which the host reads to find the plugin's checks.
 *
 * <p>A plugin keeps a one-line guard test with it, so a build whose processor did not run (and so a
 * plugin that would load with no checks at all) fails before it ships:
 *
 * <pre>{@code
 * assertThat(ExtensionIndex.besides(MyCheck.class)).contains(MyCheck.class.getName());
 * }</pre>
 *
 * @since 1.0
 */
public final class ExtensionIndex {

  /** Where PF4J's annotation processor writes the index, relative to the class output. */
  public static final String LOCATION = "META-INF/extensions.idx";

  private ExtensionIndex() {}

  /**
   * The class names listed in the index of the directory or jar that {@code extension} was loaded
   * from, so an index of another module on the class path never counts.
   *
   * @return the listed class names, empty when that location has no index
   * @throws UncheckedIOException when the index exists but cannot be read
   */
  public static List<String> besides(Class<?> extension) {
    URL location =
        Objects.requireNonNull(extension, "extension")
            .getProtectionDomain()
            .getCodeSource()
            .getLocation();
    try {
      Path origin = Path.of(location.toURI());
      return Files.isDirectory(origin) ? fromDirectory(origin) : fromJar(origin);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot tell where " + extension + " came from", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the extension index of " + location, e);
    }
  }

  private static List<String> fromDirectory(Path classes) throws IOException {
    Path index = classes.resolve(LOCATION);
    return Files.exists(index) ? names(Files.readString(index, StandardCharsets.UTF_8)) : List.of();
  }

  private static List<String> fromJar(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      var entry = zip.getEntry(LOCATION);
      if (entry == null) {
        return List.of();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return names(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  private static List<String> names(String text) {
    // PF4J writes a comment line first; class names are the other non-blank lines
    return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
