package dev.sessionhost.adapter.in.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} with the product's version, stamped in by the build, and the JVM's. */
public final class VersionProvider implements IVersionProvider {

  static final String RESOURCE = "sessionhost-version.properties";

  /** What a build without resource filtering leaves in the file. */
  private static final String UNFILTERED = "${";

  @Override
  public String[] getVersion() {
    return new String[] {"sessionhost " + productVersion(), "Java " + javaRuntime()};
  }

  /** The product version, or {@code unknown} when the build did not stamp one. */
  public static String productVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    String version = properties.getProperty("version", "").trim();
    return version.isEmpty() || version.startsWith(UNFILTERED) ? "unknown" : version;
  }

  private static String javaRuntime() {
    return System.getProperty("java.version")
        + " ("
        + System.getProperty("java.vm.name")
        + ", "
        + System.getProperty("java.vendor")
        + ")";
  }
}
