package dev.sessionhost.bootstrap.dist;

import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillCheck;
import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillCheckV2;
import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillStartFails;
import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillThrowingCheck;
import dev.sessionhost.bootstrap.dist.drill.UpgradeDrillVersionedCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The {@code upgrade-drill} plugin in its versions, as real jars: version 1 passes, every later
 * good version passes with the message of version 2, and each {@link Fault} is one way an upgrade
 * to version 2 goes wrong.
 */
public final class UpgradeDrill {

  public static final String PLUGIN_ID = "upgrade-drill";

  /** The id of the check every version provides. */
  public static final String CHECK_ID = UpgradeDrillCheck.ID;

  private UpgradeDrill() {}

  /** Version 1.0.0, whose check passes with {@link UpgradeDrillCheck#MESSAGE}. */
  public static Path versionOne(Path file) throws IOException {
    return jar("1.0.0").extension(UpgradeDrillCheck.class).writeTo(file);
  }

  /** A good later version, whose check passes with {@link UpgradeDrillCheckV2#MESSAGE}. */
  public static Path goodVersion(String version, Path file) throws IOException {
    return jar(version).extension(UpgradeDrillCheckV2.class).writeTo(file);
  }

  /**
   * A good version whose check passes with {@link UpgradeDrillVersionedCheck#message(String)} of
   * {@code version}, and whose first run after each load takes {@code firstRunMillis}.
   */
  public static Path versioned(String version, long firstRunMillis, Path file) throws IOException {
    return jar(version)
        .entry(UpgradeDrillVersionedCheck.FIRST_RUN_MILLIS, Long.toString(firstRunMillis))
        .extension(UpgradeDrillVersionedCheck.class)
        .writeTo(file);
  }

  private static PluginJar jar(String version) {
    return PluginJar.withId(PLUGIN_ID).entry("Plugin-Version", version);
  }

  /** One way an upgrade to version 2.0.0 goes wrong, and words the failure must be told in. */
  public enum Fault {
    CORRUPT_JAR("is not a jar file", false),
    UNMET_PLUGIN_REQUIRES("requires SDK >=9.0.0", false),
    START_THROWS("start() failed: IllegalStateException: " + UpgradeDrillStartFails.FAILURE, true),
    CHECK_THROWS_ON_FIRST_RUN("its check " + CHECK_ID + " could not decide on its first run", true);

    private final String cause;
    private final boolean swappedIn;

    Fault(String cause, boolean swappedIn) {
      this.cause = cause;
      this.swappedIn = swappedIn;
    }

    /** Words the failure's message must contain. */
    public String cause() {
      return cause;
    }

    /**
     * Whether the new version got as far as being swapped in, so that the message says which
     * version was put back (a file that is no jar, or that needs a newer SDK, is refused before
     * anything moves, and starts no upgrade).
     */
    public boolean getsSwappedIn() {
      return swappedIn;
    }

    /** Writes the faulty version 2.0.0 to {@code file} and returns it. */
    public Path writeTo(Path file) throws IOException {
      switch (this) {
        case CORRUPT_JAR -> {
          byte[] noise = new byte[4096];
          new Random(7).nextBytes(noise);
          Files.write(file, noise);
        }
        case UNMET_PLUGIN_REQUIRES ->
            jar("2.0.0")
                .entry("Plugin-Requires", ">=9.0.0")
                .extension(UpgradeDrillCheckV2.class)
                .writeTo(file);
        case START_THROWS -> {
          jar("2.0.0")
              .entry("Plugin-Class", UpgradeDrillStartFails.class.getName())
              .extension(UpgradeDrillCheckV2.class)
              .writeTo(file);
          // packed but not listed in the extension index: it is the plugin, not a check
          addClass(file, UpgradeDrillStartFails.class);
        }
        case CHECK_THROWS_ON_FIRST_RUN ->
            jar("2.0.0").extension(UpgradeDrillThrowingCheck.class).writeTo(file);
      }
      return file;
    }
  }

  private static void addClass(Path jar, Class<?> type) throws IOException {
    try (FileSystem zip = FileSystems.newFileSystem(jar);
        InputStream classFile = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      if (classFile == null) {
        throw new IOException("no class file of " + type.getName() + " in the test classes");
      }
      Path entry = zip.getPath(type.getName().replace('.', '/') + ".class");
      Files.createDirectories(entry.getParent());
      Files.copy(classFile, entry);
    }
  }
}
