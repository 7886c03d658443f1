package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.PluginPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code previous/} folder: replaced and removed plugin jars, named {@code
 * <id>-<version>-<yyyyMMddHHmmss>[-n].jar} so that names never clash, at most {@link #KEPT} per id.
 */
final class PreviousVersions {

  static final int KEPT = 3;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final Pattern STAMPED = Pattern.compile("-(\\d{14})(?:-(\\d+))?\\.jar$");

  private final Path folder;
  private final Clock clock;

  PreviousVersions(Path folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
  }

  /** Moves {@code jar}, the file of {@code plugin}, in; drops the oldest beyond {@link #KEPT}. */
  Path keep(Path jar, PluginPackage plugin) throws IOException {
    Files.createDirectories(folder);
    String stamp = STAMP.format(clock.instant());
    // within one second the counter orders the versions of one id, whatever their numbers
    int n =
        1
            + list().stream()
                .filter(kept -> kept.id().equals(plugin.id()))
                .mapToInt(kept -> counterWithin(kept.file(), stamp))
                .max()
                .orElse(0);
    String base = safe(plugin.id()) + "-" + safe(plugin.version()) + "-" + stamp;
    Path target = folder.resolve(n == 1 ? base + ".jar" : base + "-" + n + ".jar");
    while (Files.exists(target)) {
      n++;
      target = folder.resolve(base + "-" + n + ".jar");
    }
    // room first, then the move: a crash between the two leaves fewer than KEPT, never more
    trim(plugin.id(), KEPT - 1);
    FileMoves.move(jar, target);
    return target;
  }

  /** The kept versions, by plugin id, newest first per id. */
  List<PluginPackage> list() {
    List<PluginPackage> kept = new ArrayList<>();
    for (Path jar : PluginJars.jarsIn(folder)) {
      PluginJars.tryRead(jar).ifPresent(kept::add);
    }
    kept.sort(
        Comparator.comparing(PluginPackage::id)
            .thenComparing(plugin -> age(plugin.file()), Comparator.reverseOrder()));
    return kept;
  }

  /** Deletes the oldest versions of {@code id} beyond the {@code left} newest. */
  private void trim(String id, int left) throws IOException {
    List<PluginPackage> ofId = list().stream().filter(p -> p.id().equals(id)).toList();
    for (PluginPackage old : ofId.subList(Math.min(left, ofId.size()), ofId.size())) {
      Files.deleteIfExists(old.file());
    }
  }

  /** Sortable by when the file was kept: the stamp and counter in its name, else nothing. */
  private static String age(Path jar) {
    Matcher matcher = STAMPED.matcher(jar.getFileName().toString());
    if (!matcher.find()) {
      return "";
    }
    return matcher.group(1) + String.format("%06d", counter(matcher));
  }

  /** The counter of a file kept within the second {@code stamp}, else 0. */
  private static int counterWithin(Path jar, String stamp) {
    Matcher matcher = STAMPED.matcher(jar.getFileName().toString());
    return matcher.find() && matcher.group(1).equals(stamp) ? counter(matcher) : 0;
  }

  private static int counter(Matcher stamped) {
    return stamped.group(2) == null ? 1 : Integer.parseInt(stamped.group(2));
  }

  /** A file-name-safe form of an id or version, which PF4J does not restrict. */
  private static String safe(String text) {
    return text.replaceAll("[^A-Za-z0-9._+-]", "_");
  }
}
