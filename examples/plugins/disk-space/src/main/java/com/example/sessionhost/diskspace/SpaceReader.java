package com.example.sessionhost.diskspace;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the space of the filesystem holding a path: the seam where tests stand in for a disk. */
@FunctionalInterface
interface SpaceReader {

  /**
   * Reads the filesystem holding {@code path}.
   *
   * @throws java.nio.file.NoSuchFileException when the path does not exist
   * @throws IOException when the filesystem cannot be read
   */
  Space read(Path path) throws IOException;

  /** Asks the JDK, which asks the operating system ({@code statvfs} on Linux). */
  static SpaceReader fileStores() {
    return path -> {
      FileStore store = Files.getFileStore(path);
      // usable, not unallocated: space reserved for root is no use to the sessions' users
      return new Space(
          store.name() + " (" + store.type() + ")", store.getUsableSpace(), store.getTotalSpace());
    };
  }
}
