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

  @Test
  void readsOnlyThePidsGivenOutSinceTheLeaderWhenTheKernelSaysWhichCameLast() throws IOException {
    stat(90, "90 (sleep) S 1 100 100 0 -1"); // given out before 100: cannot be a member
    stat(100, "100 (sh) S 1 100 100 0 -1");
    stat(101, "101 (sleep) S 100 100 100 0 -1");
    stat(105, "105 (sleep) S 1 100 100 0 -1");
    lastPid(105);

    assertThat(new ProcessTable(proc).liveMembersOf(100))
        .containsExactlyInAnyOrder(100L, 101L, 105L);
  }

  @Test
  void followsThePidsAroundWhenTheyWrapped() throws IOException {
    stat(32760, "32760 (sh) S 1 32760 32760 0 -1");
    stat(32767, "32767 (sleep) S 32760 32760 32760 0 -1");
    stat(301, "301 (sleep) S 1 32760 32760 0 -1");
    stat(20000, "20000 (sleep) S 1 32760 32760 0 -1"); // older than the leader: not read
    lastPid(301);

    assertThat(new ProcessTable(proc).liveMembersOf(32760))
        .containsExactlyInAnyOrder(32760L, 32767L, 301L);
  }

  private void lastPid(long pid) throws IOException {
    Files.writeString(
        Files.createDirectories(proc.resolve("sys/kernel")).resolve("ns_last_pid"), pid + "\n");
  }

  private void stat(long pid, String line) throws IOException {
    Files.writeString(
        Files.createDirectories(proc.resolve(Long.toString(pid))).resolve("stat"), line + "\n");
  }
}
