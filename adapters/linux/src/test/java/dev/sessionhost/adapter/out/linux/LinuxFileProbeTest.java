package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.PathState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxFileProbeTest {

  @TempDir Path dir;
  private final LinuxFileProbe probe = new LinuxFileProbe();

  @Test
  void aReadableFileHasItsSizeInTheDetail() throws IOException {
    Path image = dir.resolve("app.vhdx");
    try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
      file.setLength(12L * 1024 * 1024); // sparse: costs no disk
    }

    PathState state = probe.path(image.toString());

    assertThat(state)
        .isEqualTo(
            new PathState(
                image.toString(), true, true, false, 12L * 1024 * 1024, "regular file, 12 MiB"));
  }

  @Test
  void aDirectoryIsNotAFile() {
    PathState state = probe.path(dir.toString());

    assertThat(state.exists()).isTrue();
    assertThat(state.directory()).isTrue();
    assertThat(state.size()).isZero();
    assertThat(state.detail()).isEqualTo("directory");
  }

  @Test
  void aMissingPathIsAnAnswer() {
    String missing = dir.resolve("nope.vhdx").toString();

    assertThat(probe.path(missing)).isEqualTo(PathState.missing(missing, "no such file"));
  }

  @Test
  void aBrokenSymbolicLinkSaysSo() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.vhdx"), dir.resolve("gone.vhdx"));

    assertThat(probe.path(link.toString()).detail()).isEqualTo("broken symbolic link");
  }

  @Test
  void aFileWithoutPermissionsIsUnreadableExceptForRoot() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.vhdx"), "x");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean root = ((Integer) Files.getAttribute(locked, "unix:uid")) == 0;

    PathState state = probe.path(locked.toString());

    assertThat(state.exists()).isTrue();
    if (root) {
      // root reads regardless of permission bits, and so would the agent running as root
      assertThat(state.readable()).isTrue();
      assertThat(state.detail()).isEqualTo("regular file, 1 byte");
    } else {
      assertThat(state.readable()).isFalse();
      assertThat(state.detail()).isEqualTo("permission denied (regular file, 1 byte)");
    }
  }
}
