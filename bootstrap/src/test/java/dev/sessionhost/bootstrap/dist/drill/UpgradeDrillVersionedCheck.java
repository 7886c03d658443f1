package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * A good version of the upgrade drill's check that says which version it is, read from the {@code
 * Plugin-Version} of the jar it was loaded from, and whose first run in each load takes the {@value
 * #FIRST_RUN_MILLIS} milliseconds of that jar's manifest: an upgrade's smoke run then lasts long
 * enough to be interrupted while the new version is swapped in but not yet kept.
 *
 * <p>Every version of the upgrade drill provides the same check id, so an upgrade replaces it.
 */
public final class UpgradeDrillVersionedCheck implements HealthCheck {

  /** The id every version of the upgrade drill provides. */
  public static final String ID = "UpgradeDrillCheck";

  /** The manifest entry that says how long the first run sleeps, in milliseconds. */
  public static final String FIRST_RUN_MILLIS = "Drill-First-Run-Millis";

  private static final String PREFIX = "drill: version ";
  private static final String SUFFIX = " answers";

  /** Per class loader, so per load of the plugin: each upgrade loads it anew. */
  private static final AtomicBoolean RAN = new AtomicBoolean();

  /** What the version {@code version} says when it passes. */
  public static String message(String version) {
    return PREFIX + version + SUFFIX;
  }

  /** The version a message of this check names, or the whole message if it is none of its own. */
  public static String versionIn(String message) {
    return message.startsWith(PREFIX) && message.endsWith(SUFFIX)
        ? message.substring(PREFIX.length(), message.length() - SUFFIX.length())
        : message;
  }

  @Override
  public CheckDescriptor descriptor() {
    return CheckDescriptor.of(
        ID,
        "Drill: upgrades",
        "nothing: it shows which version of the upgrade drill runs",
        Severity.NON_FATAL,
        "Remove the upgrade drill plugin.");
  }

  @Override
  public CheckVerdict run(CheckContext context) throws InterruptedException {
    Attributes manifest = ownManifest();
    if (RAN.compareAndSet(false, true)) {
      String millis = manifest.getValue(FIRST_RUN_MILLIS);
      Thread.sleep(millis == null ? 0 : Long.parseLong(millis));
    }
    return CheckVerdict.passed(message(manifest.getValue("Plugin-Version")));
  }

  private static Attributes ownManifest() {
    try {
      Path jar =
          Path.of(
              UpgradeDrillVersionedCheck.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      try (JarFile file = new JarFile(jar.toFile())) {
        return file.getManifest().getMainAttributes();
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("drill: cannot read the manifest of its own jar", e);
    }
  }
}
