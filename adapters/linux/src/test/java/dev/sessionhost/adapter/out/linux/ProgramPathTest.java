package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramPathTest {

  @TempDir Path dir;

  @Test
  void looksUpABareNameInThePathInOrder() throws IOException {
    Path first = Files.createDirectories(dir.resolve("a"));
    Path second = Files.createDirectories(dir.resolve("b"));
    file(first.resolve("tool"), "rw-r--r--");
    Path runnable = file(second.resolve("tool"), "rwxr-xr-x");

    ProgramPath found = ProgramPath.resolve("tool", Path.of("/"), first + ":" + second);

    assertThat(found.file()).hasValue(runnable);
    assertThat(found.problem()).isEmpty();
  }

  @Test
  void aNameFoundOnlyAsAFileThatCannotRunIsNotExecutable() throws IOException {
    file(dir.resolve("tool"), "rw-r--r--");

    assertThat(ProgramPath.resolve("tool", Path.of("/"), dir.toString()).problem())
        .hasValue("not executable: tool");
    assertThat(ProgramPath.resolve("other", Path.of("/"), dir.toString()).problem())
        .hasValue("no such program: other");
  }

  @Test
  void aPathWithASlashIsTakenRelativeToTheWorkingDirectory() throws IOException {
    Path runnable = file(dir.resolve("check.sh"), "rwx------");

    assertThat(ProgramPath.resolve("./check.sh", dir, "/bin").file())
        .hasValueSatisfying(p -> assertThat(p.normalize()).isEqualTo(runnable));
    assertThat(ProgramPath.resolve("./gone.sh", dir, "/bin").problem())
        .hasValue("no such program: ./gone.sh");
  }

  private static Path file(Path path, String permissions) throws IOException {
    Files.writeString(path, "#!/bin/sh\n");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    return path;
  }
}
