package dev.sessionhost.adapter.in.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.UpgradePluginCommand;
import dev.sessionhost.application.port.in.UpgradeResult;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateDropFolderTest {

  private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

  @TempDir Path plugins;
  private final List<UpgradePluginCommand> asked = new ArrayList<>();
  private final List<String> log = new ArrayList<>();

  private UpdateDropFolder folder(String refusedName) {
    return new UpdateDropFolder(
        plugins,
        command -> {
          asked.add(command);
          if (command.jar().getFileName().toString().equals(refusedName)) {
            return UpgradeResult.rejected("it is not a jar file", UpdateStatus.INITIAL);
          }
          return new UpgradeResult(
              Optional.of("disk-space"),
              Optional.of("1.0.0"),
              Optional.of("1.1.0"),
              UpdateStatus.succeeded(NOW));
        },
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private Path drop(String name, Instant modified) throws IOException {
    Path jar = Files.createDirectories(plugins.resolve(UpdateDropFolder.FOLDER)).resolve(name);
    Files.writeString(jar, name);
    Files.setLastModifiedTime(jar, FileTime.from(modified));
    return jar;
  }

  @Test
  void upgradesToSettledJarsOldestFirstAndDeletesThem() throws IOException {
    Path newer = drop("b.jar", NOW.minusSeconds(10));
    Path older = drop("a-newest-name.jar", NOW.minusSeconds(60));

    folder("none").poll(log::add);

    assertThat(asked).extracting(UpgradePluginCommand::jar).containsExactly(older, newer);
    assertThat(asked).noneMatch(UpgradePluginCommand::mustBeNew);
    assertThat(older).doesNotExist();
    assertThat(newer).doesNotExist();
    assertThat(log).hasSize(2).allMatch(line -> line.contains("disk-space 1.0.0 -> 1.1.0"));
  }

  @Test
  void aJarStillBeingWrittenWaitsForTheNextPoll() throws IOException {
    Path fresh = drop("fresh.jar", NOW.minusMillis(500));

    folder("none").poll(log::add);

    assertThat(asked).isEmpty();
    assertThat(fresh).exists();
  }

  @Test
  void aRefusedJarMovesToRejectedWithTheReasonLogged() throws IOException {
    drop("broken.jar", NOW.minusSeconds(30));

    folder("broken.jar").poll(log::add);

    Path rejected =
        plugins
            .resolve(UpdateDropFolder.FOLDER)
            .resolve(UpdateDropFolder.REJECTED)
            .resolve("broken.jar");
    assertThat(rejected).hasContent("broken.jar");
    assertThat(log)
        .containsExactly(
            "rejected updates/broken.jar (moved to updates/rejected/): it is not a jar file");
  }

  @Test
  void aMissingFolderAndOtherFilesAreLeftAlone() throws IOException {
    folder("none").poll(log::add);
    Path notes = drop("notes.txt", NOW.minusSeconds(30));

    folder("none").poll(log::add);

    assertThat(asked).isEmpty();
    assertThat(notes).exists();
    assertThat(log).isEmpty();
  }
}
