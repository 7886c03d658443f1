package dev.sessionhost.adapter.out.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The files of the history on disk: appends each line to {@code history.jsonl} whole or not at all,
 * and rotates it by size into {@code history.jsonl.1}, {@code .2}, ...
 */
final class HistoryFiles {

  /** How the bytes of one line reach the file; a test stands in a disk that fills up mid-line. */
  @FunctionalInterface
  interface Writes {
    Writes ALL =
        (channel, bytes) -> {
          while (bytes.hasRemaining()) {
            channel.write(bytes);
          }
        };

    void write(FileChannel channel, ByteBuffer bytes) throws IOException;
  }

  private final Path directory;
  private final Path current;
  private final long maxFileBytes;
  private final int keptFiles;
  private final Writes writes;
  private long currentBytes;
  private boolean cutLineAtEnd;

  HistoryFiles(Path directory, String fileName, long maxFileBytes, int keptFiles, Writes writes) {
    this.directory = directory;
    this.current = directory.resolve(fileName);
    this.maxFileBytes = maxFileBytes;
    this.keptFiles = keptFiles;
    this.writes = writes;
  }

  Path current() {
    return current;
  }

  /** The rotated file {@code index}, 1 the newest. */
  Path rotated(int index) {
    return directory.resolve(current.getFileName() + "." + index);
  }

  /** Takes the current file as it was read: whether it ends in a line cut by a crash. */
  void opened(boolean endsInACutLine) throws IOException {
    cutLineAtEnd = endsInACutLine;
    currentBytes = Files.isRegularFile(current) ? Files.size(current) : 0;
  }

  /**
   * Appends one line, rotating first if it would pass the size. A write cut short (no space for the
   * whole line) is undone, so that the file never keeps half a line that the next append would run
   * into; if even that fails, the next append starts a new line and the reader skips the cut one.
   *
   * @throws IOException when the line could not be written; the file then holds what it held
   */
  void append(String json) throws IOException {
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    if (currentBytes > 0 && currentBytes + line.length > maxFileBytes) {
      rotate();
    }
    if (cutLineAtEnd) {
      line = ("\n" + json + "\n").getBytes(StandardCharsets.UTF_8);
    }
    try (FileChannel channel =
        FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      long before = channel.size();
      try {
        writes.write(channel, ByteBuffer.wrap(line));
      } catch (IOException e) {
        undo(channel, before);
        throw e;
      }
      currentBytes = before + line.length;
    }
    cutLineAtEnd = false;
  }

  private void undo(FileChannel channel, long size) {
    try {
      if (channel.size() > size) {
        channel.truncate(size);
      }
    } catch (IOException e) {
      cutLineAtEnd = true;
    }
  }

  private void rotate() throws IOException {
    if (keptFiles == 0) {
      Files.deleteIfExists(current);
    } else {
      Files.deleteIfExists(rotated(keptFiles));
      for (int i = keptFiles - 1; i >= 1; i--) {
        if (Files.exists(rotated(i))) {
          Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.move(current, rotated(1), StandardCopyOption.REPLACE_EXISTING);
    }
    currentBytes = 0;
    cutLineAtEnd = false;
  }
}
