package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTableSessionTest {

  @TempDir Path proc;

  @Test
  void findsLiveMembersOfTheGroupOrSessionButNotZombiesOrStrangers() throws IOException {
    stat(100, "100 (sh) S 1 100 100 0 -1");
    stat(101, "101 (sleep) S 100 100 100 0 -1");
    stat(102, "102 (a (odd) name) S 1 102 100 0 -1");
    stat(103, "103 (sleep) Z 1 100 100 0 -1");
    stat(104, "104 (bash) S 1 104 104 0 -1");
    Files.createDirectories(proc.resolve("self"));
    Files.createDirectories(proc.resolve("105"));

    assertThat(new ProcessTable(proc).liveMembersOf(100))
        .containsExactlyInAnyOrder(100L, 101L, 102L);
  }

  private void stat(long pid, String line) throws IOException {
    Files.writeString(
        Files.createDirectories(proc.resolve(Long.toString(pid))).resolve("stat"), line + "\n");
  }
}
