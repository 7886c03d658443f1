package dev.sessionhost.adapter.out.linux;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether a keytab can be used: it exists, is a file, is not empty and opens for reading.
 *
 * <p>It is opened rather than checked with {@code access()}: that is what {@code kinit} will do,
 * and it tells the truth on file systems whose permission bits do not.
 *
 * @param path the keytab
 * @param usable whether it can be read
 * @param state what was found: {@code readable}, {@code no such file}, {@code permission denied},
 *     {@code empty}, {@code not a file}
 */
record KeytabFile(Path path, boolean usable, String state) {

  static KeytabFile check(Path path) {
    if (Files.isDirectory(path)) {
      return new KeytabFile(path, false, "not a file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.read() == -1
          ? new KeytabFile(path, false, "empty")
          : new KeytabFile(path, true, "readable");
    } catch (NoSuchFileException e) {
      return new KeytabFile(path, false, "no such file");
    } catch (AccessDeniedException e) {
      return new KeytabFile(path, false, "permission denied");
    } catch (IOException e) {
      return new KeytabFile(path, false, "unreadable (" + e.getMessage() + ")");
    }
  }

  /** The path and its state, e.g. {@code /etc/krb5.keytab: no such file}. */
  String describe() {
    return path + ": " + state;
  }
}
