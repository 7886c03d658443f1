package dev.sessionhost.adapter.out.history;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The small files by which the agent and the commands that talk to it meet in the state folder: the
 * admin token ({@code admin-token}, readable by the agent's user only) and the address the agent
 * listens on ({@code http.url}).
 */
public final class AgentFiles {

  public static final String TOKEN_FILE = "admin-token";
  public static final String URL_FILE = "http.url";

  /** The broker's: its own names, so an agent and a broker may share a state folder. */
  public static final String BROKER_TOKEN_FILE = "broker-admin-token";

  public static final String BROKER_URL_FILE = "broker.url";

  /** As for {@code http.adminToken}: a token short enough to guess would protect nothing. */
  public static final int MIN_TOKEN_LENGTH = 16;

  private static final String NOT_A_TOKEN =
      "holds characters no token has (spaces or unprintable bytes)";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final Path stateDir;
  private final String tokenFile;
  private final String urlFile;

  public AgentFiles(Path stateDir) {
    this(stateDir, TOKEN_FILE, URL_FILE);
  }

  private AgentFiles(Path stateDir, String tokenFile, String urlFile) {
    this.stateDir = stateDir;
    this.tokenFile = tokenFile;
    this.urlFile = urlFile;
  }

  /** The broker's admin token and address in its state folder. */
  public static AgentFiles ofBroker(Path stateDir) {
    return new AgentFiles(stateDir, BROKER_TOKEN_FILE, BROKER_URL_FILE);
  }

  /** The token in the token file, if there is one this user can read. */
  public Optional<String> readToken() {
    return read(stateDir.resolve(tokenFile));
  }

  /**
   * The token in the token file, writing a new random one first if there is none. A token file that
   * is no good (not a file, unreadable, shorter than {@link #MIN_TOKEN_LENGTH}, not printable, or
   * readable by others) is moved aside for the operator, never deleted, and replaced by a new
   * token; {@code log} gets one line saying so.
   */
  public String tokenCreatingIfMissing(Consumer<String> log) throws IOException {
    Path file = stateDir.resolve(tokenFile);
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      Optional<String> problem = problemWith(file);
      if (problem.isEmpty()) {
        return readToken().orElseThrow();
      }
      log.accept(
          file
              + " "
              + problem.get()
              + ": "
              + keptAside(file)
              + "; generated a new admin token (mode 0600)");
    }
    Files.createDirectories(stateDir);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
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

  /** What is wrong with an existing token file, if anything. */
  private static Optional<String> problemWith(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.of("is not a regular file");
    }
    String token;
    try {
      Set<PosixFilePermission> modes = Files.getPosixFilePermissions(file);
      if (modes.stream().anyMatch(mode -> !mode.name().startsWith("OWNER_"))) {
        return Optional.of(
            "is open to other users (mode "
                + PosixFilePermissions.toString(modes)
                + "), so its token is no secret");
      }
    } catch (UnsupportedOperationException | IOException e) {
      // no POSIX permissions here: nothing to check
    }
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (CharacterCodingException e) {
      return Optional.of(NOT_A_TOKEN);
    } catch (IOException | SecurityException e) {
      return Optional.of("cannot be read (" + e + ")");
    }
    if (!token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      return Optional.of(NOT_A_TOKEN);
    }
    if (token.length() < MIN_TOKEN_LENGTH) {
      return Optional.of(
          "holds a token of "
              + token.length()
              + " characters, fewer than the "
              + MIN_TOKEN_LENGTH
              + " needed");
    }
    return Optional.empty();
  }

  /** Renames {@code file} aside, readable by its owner only; says where it went. */
  private static String keptAside(Path file) {
    Path target;
    try {
      target = DamagedFile.keepAside(file, Clock.systemUTC());
    } catch (IOException | RuntimeException e) {
      return "could not move it aside (" + e + ")";
    }
    try {
      if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(target, OWNER_ONLY);
      }
    } catch (IOException | RuntimeException e) {
      // kept all the same; its permissions are as they were
    }
    return "kept as " + target.getFileName();
  }

  /** Where the running agent listens, as it wrote it. */
  public Optional<URI> readUrl() {
    return read(stateDir.resolve(urlFile)).map(URI::create);
  }

  public void writeUrl(URI url) throws IOException {
    Files.createDirectories(stateDir);
    Path temp = Files.createTempFile(stateDir, urlFile, ".tmp");
    Files.writeString(temp, url + "\n", StandardCharsets.UTF_8);
    Files.move(temp, stateDir.resolve(urlFile), StandardCopyOption.REPLACE_EXISTING);
  }

  public void deleteUrl() {
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
