package dev.sessionhost.adapter.out.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.broker.Outbox.Report;
import dev.sessionhost.wire.WireJson;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(Outbox.class.getName());
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

  @TempDir Path state;

  @BeforeEach
  void captureTheLog() {
    logger.addHandler(capture);
  }

  @AfterEach
  void releaseTheLog() {
    logger.removeHandler(capture);
  }

  private static Report report(long sequence, boolean change) {
    return new Report(
        sequence, change, WireJson.MAPPER.createObjectNode().put("sequence", sequence));
  }

  @Test
  void aFileThatCannotBeWrittenIsWarnedOnceAndWrittenWholeOnceItCanBe() throws Exception {
    // the first file the outbox appends to is /dev/full: every write fails with ENOSPC
    AtomicInteger opened = new AtomicInteger();
    Outbox.Appender fullThenFine =
        file ->
            opened.getAndIncrement() == 0
                ? FileChannel.open(Path.of("/dev/full"), StandardOpenOption.WRITE)
                : FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    Outbox outbox = new Outbox(state, 100, fullThenFine);

    outbox.add(report(1, true)); // fails: one warning
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).getMessage()).contains("cannot write the broker outbox", Outbox.FILE);
    outbox.add(report(2, true)); // the next write rewrites the whole file: one line that says so
    outbox.add(report(3, false));
    outbox.close();

    assertThat(logged).hasSize(2);
    assertThat(logged.get(1).getMessage()).contains("again", "2 waiting");
    assertThat(new Outbox(state, 100).waiting())
        .extracting(Report::sequence)
        .as("nothing added during the outage is lost")
        .containsExactly(1L, 2L, 3L);
  }
}
