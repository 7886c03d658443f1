package dev.sessionhost.adapter.out.broker;

import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * {@code broker-credential} in the state folder: the credential the broker gave this host, readable
 * by the agent's user only (written to a file created with mode 0600, then moved in place), and
 * whether the broker has taken a report since.
 */
final class CredentialFile {

  static final String FILE = "broker-credential";

  private static final System.Logger LOG = System.getLogger(CredentialFile.class.getName());

  private final Path file;

  /** What the broker gave; {@code reached} once it accepted a heartbeat. */
  record Credential(String url, String hostPool, String name, String credential, boolean reached) {

    Credential asReached() {
      return new Credential(url, hostPool, name, credential, true);
    }

    @Override
    public String toString() {
      return "Credential[" + hostPool + "/" + name + " at " + url + ", credential=***]";
    }
  }

  CredentialFile(Path stateDir) {
    this.file = stateDir.resolve(FILE);
  }

  Optional<Credential> read() {
    try {
      return Optional.of(
          WireJson.MAPPER.readValue(
              Files.readString(file, StandardCharsets.UTF_8), Credential.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | JacksonException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          file + " cannot be read (" + e.getMessage() + "): registering again");
      return Optional.empty();
    }
  }

  void write(Credential credential) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(FILE + ".tmp");
      Files.deleteIfExists(temp);
      try {
        Files.createFile(
            temp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(temp);
      }
      Files.writeString(
          temp, WireJson.MAPPER.writeValueAsString(credential), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.WARNING, "cannot keep the broker credential in " + file + ": " + e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot delete " + file + ": " + e);
    }
  }
}
