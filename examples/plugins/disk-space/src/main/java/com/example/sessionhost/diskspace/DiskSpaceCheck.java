package com.example.sessionhost.diskspace;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Fails when the filesystem that holds a path has less free space than required: the example check
 * to copy when writing your own.
 *
 * <p>Settings: {@code path} (an absolute path, default {@code /}) and the thresholds of {@link
 * Thresholds}. No probe of the host reports free space, so this check asks the JDK itself; as a
 * consequence it reads the real disk even when the host runs a simulated environment.
 *
 * <p>A path that does not exist is a failure, not an undetermined result: the filesystem did
 * answer, and its answer is that the place the operator named is missing (a volume not mounted, a
 * typo in the configuration). Retrying will not fix that, so the message says what to fix.
 */
@Extension
public final class DiskSpaceCheck implements HealthCheck {

  /** Error code: the free space is below a threshold. */
  public static final int BELOW_THRESHOLD = 1;

  /** Error code: the configured path does not exist. */
  public static final int PATH_MISSING = 2;

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("DiskSpaceCheck")
          .displayName("Free disk space")
          .verifies(
              "the filesystem holding the configured path has at least the required free space")
          .severity(Severity.NON_FATAL)
          .remediation(
              "Free space on that filesystem (old logs, stale profiles, caches) or grow the volume;"
                  + " when the path is missing, mount it or correct setting 'path' of DiskSpaceCheck.")
          .defaultTimeout(Duration.ofSeconds(5))
          .build();

  private final SpaceReader reader;

  /** Creates the check reading real filesystems; PF4J needs this public no-argument constructor. */
  public DiskSpaceCheck() {
    this(SpaceReader.fileStores());
  }

  DiskSpaceCheck(SpaceReader reader) {
    this.reader = reader;
  }

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    // Settings first: a bad value throws SettingException, which the host shows as UNKNOWN.
    CheckSettings settings = context.settings();
    Path path = path(settings);
    Thresholds thresholds = Thresholds.from(settings);

    // A hung network mount can block this call beyond interrupts; the host then reports UNKNOWN
    // at the deadline and does not start a second copy, so at most one worker waits on it.
    Space space;
    try {
      space = reader.read(path);
    } catch (NoSuchFileException e) {
      return CheckVerdict.failed(
          PATH_MISSING,
          path
              + " does not exist, so its free space cannot be checked:"
              + " mount it or correct setting 'path'",
          Map.of("path", path.toString()));
    } catch (IOException e) {
      return CheckVerdict.undetermined("cannot read the filesystem of " + path + ": " + e);
    }
    if (space.total() <= 0) {
      return CheckVerdict.undetermined(
          path + " is on " + space.filesystem() + ", which reports no size (a pseudo filesystem?)");
    }

    String facts = path + " has " + space.summary();
    Map<String, String> details = details(path, space, thresholds);
    String unmet = thresholds.unmetBy(space);
    if (!unmet.isEmpty()) {
      return CheckVerdict.failed(
          BELOW_THRESHOLD, facts + ", below the " + unmet + " required", details);
    }
    return CheckVerdict.passed(
        facts + ", at least the " + thresholds.describe() + " required", details);
  }

  private static Path path(CheckSettings settings) {
    String text = settings.string("path", "/");
    try {
      Path path = Path.of(text);
      if (path.isAbsolute()) {
        return path.normalize();
      }
    } catch (InvalidPathException e) {
      // reported below, like a relative path
    }
    throw settings.invalid("path", "an absolute path, such as /var/lib/profiles");
  }

  private static Map<String, String> details(Path path, Space space, Thresholds thresholds) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("path", path.toString());
    details.put("filesystem", space.filesystem());
    details.put("usableBytes", Long.toString(space.usable()));
    details.put("totalBytes", Long.toString(space.total()));
    details.put("minFreePercent", Integer.toString(thresholds.minFreePercent()));
    if (thresholds.minFreeBytes() > 0) {
      details.put("minFreeBytes", Long.toString(thresholds.minFreeBytes()));
    }
    return details;
  }
}
