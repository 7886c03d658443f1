package dev.sessionhost.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The small files by which the agent and the commands that talk to it meet in the state folder: the
 * admin token ({@code admin-token}, readable by the agent's user only) and the address the agent
 * listens on ({@code http.url}).
 */
final class AgentFiles {

  static final String TOKEN_FILE = "admin-token";
  static final String URL_FILE = "http.url";

  /** The broker's: its own names, so an agent and a broker may share a state folder. */
  static final String BROKER_TOKEN_FILE = "broker-admin-token";

  static final String BROKER_URL_FILE = "broker.url";

  private final Path stateDir;
  private final String tokenFile;
  private final String urlFile;

  AgentFiles(Path stateDir) {
    this(stateDir, TOKEN_FILE, URL_FILE);
  }

  private AgentFiles(Path stateDir, String tokenFile, String urlFile) {
    this.stateDir = stateDir;
    this.tokenFile = tokenFile;
    this.urlFile = urlFile;
  }

  /** The broker's admin token and address in its state folder. */
  static AgentFiles ofBroker(Path stateDir) {
    return new AgentFiles(stateDir, BROKER_TOKEN_FILE, BROKER_URL_FILE);
  }

  /** The token in the token file, if there is one this user can read. */
  Optional<String> readToken() {
    return read(stateDir.resolve(tokenFile));
  }

  /** The token in the token file, writing a new random one first if there is none. */
  String tokenCreatingIfMissing() throws IOException {
    Optional<String> existing = readToken();
    if (existing.isPresent()) {
      return existing.get();
    }
    Files.createDirectories(stateDir);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path file = stateDir.resolve(tokenFile);
    try {
      // created with its final permissions: there is no moment when others may read it
      Files.writeString(
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
          token + "\n");
    } catch (FileAlreadyExistsException e) {
      return readToken().orElseThrow(() -> new IOException(file + " exists but cannot be read"));
    } catch (UnsupportedOperationException e) {
      Files.writeString(file, token + "\n");
    }
    return token;
  }

  /** Where the running agent listens, as it wrote it. */
  Optional<URI> readUrl() {
    return read(stateDir.resolve(urlFile)).map(URI::create);
  }

  void writeUrl(URI url) throws IOException {
    Files.createDirectories(stateDir);
    Path temp = Files.createTempFile(stateDir, urlFile, ".tmp");
    Files.writeString(temp, url + "\n", StandardCharsets.UTF_8);
    Files.move(temp, stateDir.resolve(urlFile), StandardCopyOption.REPLACE_EXISTING);
  }

  void deleteUrl() {
    try {
      Files.deleteIfExists(stateDir.resolve(urlFile));
    } catch (IOException e) {
      // a stale address only makes `status` say nobody answers there
    }
  }

  private static Optional<String> read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
