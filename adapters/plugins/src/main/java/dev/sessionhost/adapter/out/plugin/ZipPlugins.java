package dev.sessionhost.adapter.out.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.pf4j.util.FileUtils;

/**
 * Unpacks a zip plugin into the folder beside it, as PF4J does, after checking that the zip can be
 * read at all (PF4J's unzip would turn a corrupt file into an empty folder).
 */
final class ZipPlugins {

  private ZipPlugins() {}

  /** The folder a zip unpacks to, or the file itself when it is not a zip. */
  static Path unpacked(Path file) {
    if (!FileUtils.isZipFile(file)) {
      return file;
    }
    try {
      // opening reads the central directory: a corrupt zip fails here with the reason
      new ZipFile(file.toFile()).close();
    } catch (IOException e) {
      throw new PluginRejectedException(null, "cannot open: " + Reasons.messageOf(e));
    }
    try {
      return FileUtils.expandIfZip(file);
    } catch (IOException e) {
      throw new PluginRejectedException(null, "cannot unpack: " + Reasons.messageOf(e));
    }
  }
}
