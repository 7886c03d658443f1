package dev.sessionhost.adapter.out.history;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentFilesTest {

  private static final String GOOD = "a-good-token-of-more-than-16-characters";

  @TempDir Path stateDir;
  private final List<String> log = new ArrayList<>();

  private Path tokenFile() {
    return stateDir.resolve(AgentFiles.TOKEN_FILE);
  }

  @Test
  void aMissingTokenIsGeneratedOwnerOnlyWithoutALogLine() throws IOException {
    String token = new AgentFiles(stateDir).tokenCreatingIfMissing(log::add);

    assertThat(token).hasSizeGreaterThanOrEqualTo(AgentFiles.MIN_TOKEN_LENGTH);
    assertThat(Files.readString(tokenFile()).strip()).isEqualTo(token);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile())))
        .isEqualTo("rw-------");
    assertThat(log).isEmpty();
  }

  @Test
  void aGoodTokenIsKeptAsItIs() throws IOException {
    write(GOOD + "\n", "rw-------");

    assertThat(new AgentFiles(stateDir).tokenCreatingIfMissing(log::add)).isEqualTo(GOOD);
    assertThat(log).isEmpty();
    assertThat(damagedFiles()).isEmpty();
  }

  @Test
  void randomBytesAreKeptAsideAndReplaced() throws IOException {
    byte[] random = new byte[64];
    new Random(13).nextBytes(random);
    random[0] = 0; // unprintable, whatever the seed gives
    Files.write(tokenFile(), random);
    Files.setPosixFilePermissions(tokenFile(), PosixFilePermissions.fromString("rw-------"));

    assertReplaced(random, "holds characters no token has (spaces or unprintable bytes)");
  }

  @Test
  void anEmptyFileIsKeptAsideAndReplaced() throws IOException {
    write("", "rw-------");

    assertReplaced(new byte[0], "holds a token of 0 characters, fewer than the 16 needed");
  }

  @Test
  void aTokenShorterThanTheMinimumIsKeptAsideAndReplaced() throws IOException {
    write("short\n", "rw-------");

    assertReplaced("short\n".getBytes(UTF_8), "holds a token of 5 characters, fewer than the 16");
  }

  @Test
  void aTokenOthersMayReadIsKeptAsideOwnerOnlyAndReplaced() throws IOException {
    write(GOOD + "\n", "rw-r--r--");

    assertReplaced(
        (GOOD + "\n").getBytes(UTF_8),
        "is open to other users (mode rw-r--r--), so its token is no secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(damagedFiles().get(0))))
        .isEqualTo("rw-------");
  }

  @Test
  void aDirectoryInPlaceOfTheFileIsMovedAsideAndReplaced() throws IOException {
    Files.createDirectories(tokenFile());
    Files.writeString(tokenFile().resolve("inside"), "x");

    String token = new AgentFiles(stateDir).tokenCreatingIfMissing(log::add);

    assertThat(Files.readString(tokenFile()).strip()).isEqualTo(token);
    assertThat(log)
        .singleElement()
        .asString()
        .startsWith(tokenFile() + " is not a regular file: kept as admin-token.damaged-");
    assertThat(damagedFiles())
        .singleElement()
        .satisfies(d -> assertThat(d.resolve("inside")).hasContent("x"));
  }

  @Test
  void theBrokersTokenFileIsCheckedTheSameWay() throws IOException {
    Path file = stateDir.resolve(AgentFiles.BROKER_TOKEN_FILE);
    Files.writeString(file, "short");

    String token = AgentFiles.ofBroker(stateDir).tokenCreatingIfMissing(log::add);

    assertThat(Files.readString(file).strip()).isEqualTo(token).isNotEqualTo("short");
    assertThat(log).singleElement().asString().startsWith(file + " ");
  }

  private void assertReplaced(byte[] original, String problem) throws IOException {
    String token = new AgentFiles(stateDir).tokenCreatingIfMissing(log::add);

    assertThat(token).hasSizeGreaterThanOrEqualTo(AgentFiles.MIN_TOKEN_LENGTH);
    assertThat(Files.readString(tokenFile()).strip()).isEqualTo(token);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile())))
        .isEqualTo("rw-------");
    assertThat(damagedFiles())
        .singleElement()
        .satisfies(d -> assertThat(d).hasBinaryContent(original));
    assertThat(log)
        .singleElement()
        .asString()
        .startsWith(tokenFile() + " " + problem)
        .contains(": kept as admin-token.damaged-")
        .endsWith("; generated a new admin token (mode 0600)");
    assertThat(new AgentFiles(stateDir).tokenCreatingIfMissing(log::add)).isEqualTo(token);
    assertThat(log).hasSize(1);
  }

  private void write(String token, String mode) throws IOException {
    Files.writeString(tokenFile(), token);
    Files.setPosixFilePermissions(tokenFile(), PosixFilePermissions.fromString(mode));
  }

  private List<Path> damagedFiles() throws IOException {
    try (Stream<Path> files = Files.list(stateDir)) {
      return files.filter(p -> p.getFileName().toString().contains(".damaged-")).toList();
    }
  }
}
