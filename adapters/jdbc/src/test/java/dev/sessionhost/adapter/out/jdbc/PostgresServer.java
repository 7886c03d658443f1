package dev.sessionhost.adapter.out.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL for tests: Debian's binaries, a fresh cluster in a temporary folder, listening
 * on 127.0.0.1 on a free port, started and stopped by the test itself (never the system service).
 * PostgreSQL refuses to run as root, so under root the server runs as the {@code postgres} user the
 * package creates. Without the binaries a test is skipped, unless {@code CI_REQUIRE_POSTGRES=1}
 * asks for PostgreSQL: then it fails.
 */
public final class PostgresServer implements AutoCloseable {

  public static final String USER = "sessionhost";

  private final Path bin;
  private final Path data;
  private final int port;
  private final boolean asPostgres;
  private int databases;

  private PostgresServer(Path bin, Path data, int port, boolean asPostgres) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** Where Debian keeps the newest PostgreSQL's programs, if it is installed. */
  static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(Path::toString));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Starts a server; skips the test (or fails it, when CI asks for PostgreSQL) without one. */
  public static PostgresServer start() throws IOException, InterruptedException {
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      String why = "PostgreSQL is not installed (apt-get install postgresql)";
      if ("1".equals(System.getenv("CI_REQUIRE_POSTGRES"))) {
        throw new AssertionError(why + ", and CI_REQUIRE_POSTGRES=1 asks for it");
      }
      Assumptions.assumeTrue(false, why);
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path parent = Files.createTempDirectory("sessionhost-pg");
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = parent.resolve("data");
    Files.createDirectories(data);
    if (root) {
      run(List.of("chown", "-R", "postgres", parent.toString()), false);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PostgresServer server = new PostgresServer(bin.get(), data, port, root);
    server.postgres(
        "initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync");
    server.postgres(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        parent.resolve("log.txt").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -c max_connections=200",
        "start");
    return server;
  }

  /** A new, empty database on this server, as a JDBC URL. */
  public String newDatabase() throws IOException, InterruptedException {
    String name = "broker" + (++databases);
    postgres("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, name);
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
  }

  private void postgres(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgres) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    run(command, true);
  }

  private static void run(List<String> command, boolean check)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not end within 120 s");
    }
    if (check && process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    postgres("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    try (Stream<Path> files = Files.walk(data.getParent())) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
