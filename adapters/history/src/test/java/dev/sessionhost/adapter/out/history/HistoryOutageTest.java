package dev.sessionhost.adapter.out.history;

import static dev.sessionhost.adapter.out.history.JsonLinesHealthHistoryTest.change;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.health.StatusChange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history while its file cannot be written (a full disk, a read-only mount): the changes wait
 * in memory and are written in order afterwards, one warning an outage, never half a line.
 */
class HistoryOutageTest {

  @TempDir Path dir;
  private final Disk disk = new Disk();
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureTheLog() {
    Logger.getLogger(JsonLinesHealthHistory.class.getName()).addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger(JsonLinesHealthHistory.class.getName()).removeHandler(capture);
  }

  /** A disk that, while full, takes half of a line and then fails as Linux does. */
  private static final class Disk implements HistoryFiles.Writes {
    boolean full;
    boolean cutLineStays;

    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
      if (!full) {
        ALL.write(channel, bytes);
        return;
      }
      channel.write(bytes.slice(0, bytes.remaining() / 2));
      if (cutLineStays) {
        channel.close(); // nothing can be undone on a closed channel
      }
      throw new IOException("No space left on device");
    }
  }

  private JsonLinesHealthHistory history() {
    return new JsonLinesHealthHistory(dir, 1024 * 1024, 3, Clock.systemUTC(), disk);
  }

  private Path file() {
    return dir.resolve(JsonLinesHealthHistory.FILE_NAME);
  }

  private List<String> messages() {
    return logged.stream().map(r -> new SimpleFormatter().formatMessage(r)).toList();
  }

  @Test
  void anOutageIsOneWarningAndItsChangesAreWrittenInOrderOnceThereIsSpace() throws IOException {
    var history = history();
    history.append(change(0));
    String before = Files.readString(file());

    disk.full = true;
    history.append(change(1));
    history.append(change(2));
    for (int cycle = 0; cycle < 5; cycle++) {
      history.publish(null, Optional.empty());
    }

    assertThat(Files.readString(file())).as("half a line is undone").isEqualTo(before);
    assertThat(history.recent(10)).containsExactly(change(0), change(1), change(2));
    assertThat(messages())
        .singleElement()
        .isEqualTo(
            "cannot write "
                + file()
                + " (No space left on device): keeping the status changes in memory, to write"
                + " them once it can be written again");

    disk.full = false;
    history.publish(null, Optional.empty());

    assertThat(messages())
        .hasSize(2)
        .last()
        .isEqualTo(
            "wrote "
                + file()
                + " again: the 2 status changes held back since "
                + change(1).at()
                + " are written");
    assertThat(logged).allMatch(record -> record.getThrown() == null, "one line, no stack trace");
    assertThat(history().recent(10)).containsExactly(change(0), change(1), change(2));
    assertThat(Files.readAllLines(file())).hasSize(3);
  }

  @Test
  void eachOutageIsOneWarningAndOneLineWhenItEnds() throws IOException {
    var history = history();
    for (int i = 0; i < 3; i++) {
      disk.full = true;
      history.append(change(2 * i));
      history.append(change(2 * i + 1));
      disk.full = false;
      history.publish(null, Optional.empty());
    }

    assertThat(messages()).hasSize(6);
    assertThat(messages().stream().filter(m -> m.startsWith("cannot write "))).hasSize(3);
    assertThat(history().recent(10))
        .containsExactly(change(0), change(1), change(2), change(3), change(4), change(5));
  }

  @Test
  void aCutLineThatCannotBeUndoneIsSkippedAndTheNextLineStartsAnew() throws IOException {
    var history = history();
    history.append(change(0));
    disk.full = true;
    disk.cutLineStays = true;
    history.append(change(1));
    disk.full = false;
    history.append(change(2));

    logged.clear();
    assertThat(history().recent(10)).containsExactly(change(0), change(1), change(2));
    assertThat(messages()).singleElement().asString().contains("1 damaged line");
  }

  @Test
  void aFileThatCannotBeOpenedIsAnOutageAsWell() throws IOException {
    var history = history();
    history.append(change(0));
    Path aside = Files.move(file(), dir.resolve("aside"));
    Files.createDirectory(file()); // what open(2) says now: "Is a directory"

    history.append(change(1));
    history.publish(null, Optional.empty());
    Files.delete(file());
    Files.move(aside, file());
    history.publish(null, Optional.empty());

    assertThat(messages()).hasSize(2);
    assertThat(messages().get(0)).startsWith("cannot write " + file() + " (Is a directory): ");
    assertThat(history().recent(10)).containsExactly(change(0), change(1));
  }

  @Test
  void whatMemoryCannotHoldIsCountedAsLost() {
    var history = history();
    disk.full = true;
    int changes = JsonLinesHealthHistory.KEPT_IN_MEMORY + 2;
    for (int i = 0; i < changes; i++) {
      history.append(change(i));
    }
    disk.full = false;
    history.publish(null, Optional.empty());

    assertThat(messages())
        .last()
        .asString()
        .contains("the 1000 status changes held back since " + change(0).at() + " are written")
        .endsWith("; the 2 oldest did not fit in memory and are lost");
    List<StatusChange> reread = history().recent(changes);
    assertThat(reread).hasSize(1000).first().isEqualTo(change(2));
  }
}
