package dev.sessionhost.adapter.out.history;

import static dev.sessionhost.domain.status.SessionHostStatus.AVAILABLE;
import static dev.sessionhost.domain.status.SessionHostStatus.NEEDS_ASSISTANCE;
import static dev.sessionhost.domain.status.SessionHostStatus.UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.StatusChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesHealthHistoryTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(new SimpleFormatter().formatMessage(record));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureWarnings() {
    Logger.getLogger(JsonLinesHealthHistory.class.getName()).addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger(JsonLinesHealthHistory.class.getName()).removeHandler(capture);
  }

  static StatusChange change(int n) {
    return new StatusChange(
        n % 2 == 0 ? AVAILABLE : UNAVAILABLE,
        n % 2 == 0 ? UNAVAILABLE : AVAILABLE,
        T0.plusSeconds(n),
        List.of());
  }

  @Test
  void recentReturnsTheNewestChangesOldestFirst() {
    var history = JsonLinesHealthHistory.inStateDir(dir);
    for (int i = 0; i < 5; i++) {
      history.append(change(i));
    }

    assertThat(history.recent(3)).containsExactly(change(2), change(3), change(4));
    assertThat(history.recent(100)).hasSize(5).first().isEqualTo(change(0));
    assertThat(history.recent(0)).isEmpty();
  }

  @Test
  void changesWithBothKindsOfReasonSurviveARestart() throws IOException {
    var failing =
        new FailingCheck(
            CheckId.of("MonitoringAgentCheck"),
            FailureEffect.NEEDS_ASSISTANCE,
            CheckOutcome.FAILED,
            "agent \"ama\" is not running\nsecond line",
            "Restart it.");
    var notRun = new AgentCondition(AgentCondition.Kind.NOT_RUN_YET, "Not run.", "Wait.");
    var first = new StatusChange(UNAVAILABLE, AVAILABLE, T0, List.of());
    var second = new StatusChange(AVAILABLE, NEEDS_ASSISTANCE, T0.plusSeconds(1), List.of(failing));
    var third = new StatusChange(NEEDS_ASSISTANCE, UNAVAILABLE, T0.plusSeconds(2), List.of(notRun));
    var history = new JsonLinesHealthHistory(dir.resolve("new/state"), 4096, 2);
    history.append(first);
    history.append(second);
    history.append(third);

    var reopened = new JsonLinesHealthHistory(dir.resolve("new/state"), 4096, 2);

    assertThat(reopened.recent(10)).containsExactly(first, second, third);
  }

  @Test
  void linesUseTheAzureWireNames() throws IOException {
    var failing =
        new FailingCheck(
            CheckId.of("MonitoringAgentCheck"),
            FailureEffect.NEEDS_ASSISTANCE,
            CheckOutcome.FAILED,
            "down",
            "fix");
    JsonLinesHealthHistory.inStateDir(dir)
        .append(new StatusChange(AVAILABLE, NEEDS_ASSISTANCE, T0, List.of(failing)));

    String line = Files.readString(dir.resolve("history.jsonl"));

    assertThat(line)
        .endsWith("}\n")
        .contains("\"from\":\"Available\"", "\"to\":\"NeedsAssistance\"")
        .contains("\"at\":\"2026-11-24T09:00:00Z\"", "\"check\":\"MonitoringAgentCheck\"")
        .contains("\"effect\":\"NEEDS_ASSISTANCE\"", "\"result\":\"HealthCheckFailed\"")
        .doesNotContain("condition");
  }

  @Test
  void rotationKeepsTheNewestEntriesWithinTheSizeBound() throws IOException {
    long max = 1000;
    int kept = 2;
    var history = new JsonLinesHealthHistory(dir, max, kept);
    for (int i = 0; i < 200; i++) {
      history.append(change(i));
    }

    List<Path> files;
    try (var listing = Files.list(dir)) {
      files = listing.toList();
    }
    long total = 0;
    for (Path file : files) {
      assertThat(Files.size(file)).isLessThanOrEqualTo(max);
      total += Files.size(file);
    }
    assertThat(files).hasSizeLessThanOrEqualTo(kept + 1).hasSizeGreaterThan(1);
    assertThat(total).isLessThanOrEqualTo(max * (kept + 1));
    List<StatusChange> reread = new JsonLinesHealthHistory(dir, max, kept).recent(1000);
    assertThat(reread).isNotEmpty().hasSizeLessThan(200).last().isEqualTo(change(199));
    int firstKept = 200 - reread.size();
    for (int i = 0; i < reread.size(); i++) {
      assertThat(reread.get(i)).isEqualTo(change(firstKept + i));
    }
    assertThat(history.recent(1000)).hasSize(200);
  }

  @Test
  void aLineCutByACrashIsSkippedAndTheNextAppendIsReadable() throws IOException {
    var history = JsonLinesHealthHistory.inStateDir(dir);
    history.append(change(0));
    Path file = dir.resolve("history.jsonl");
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);

    var afterCrash = JsonLinesHealthHistory.inStateDir(dir);
    assertThat(afterCrash.recent(10)).containsExactly(change(0));
    afterCrash.append(change(1));

    assertThat(JsonLinesHealthHistory.inStateDir(dir).recent(10))
        .containsExactly(change(0), change(1));
  }

  @Test
  void aGarbageLineInTheMiddleIsSkipped() throws IOException {
    var history = JsonLinesHealthHistory.inStateDir(dir);
    history.append(change(0));
    Path file = dir.resolve("history.jsonl");
    Files.writeString(
        file,
        "not json at all\n{\"from\":\"Sleeping\",\"to\":\"Available\",\"at\":\"2026-01-01T00:00:00Z\"}\n",
        StandardOpenOption.APPEND);
    history.append(change(1));

    assertThat(JsonLinesHealthHistory.inStateDir(dir).recent(10))
        .containsExactly(change(0), change(1));
  }

  @Test
  void aFileOfGarbageIsKeptAsideAndTheHistoryStartsEmpty() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T03:15:00Z"), ZoneOffset.UTC);
    byte[] random = new byte[4096];
    new Random(13).nextBytes(random);
    random[100] = '\n'; // at least one complete line, whatever the seed gives
    List<byte[]> garbage =
        List.of(
            random,
            "{\"from\":\"Available\",\"to\":\n".getBytes(StandardCharsets.UTF_8),
            "no json here".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("history.jsonl");
    Path kept = dir.resolve("history.jsonl.damaged-20261207T031500Z");
    for (byte[] bytes : garbage) {
      warnings.clear();
      Files.write(file, bytes);

      var history = new JsonLinesHealthHistory(dir, 1024 * 1024, 3, clock);

      assertThat(history.recent(10)).isEmpty();
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0))
          .startsWith(file + " holds no readable status change (")
          .endsWith(
              ": kept as history.jsonl.damaged-20261207T031500Z; starting history.jsonl anew");
      assertThat(kept).hasBinaryContent(bytes);
      history.append(change(0));
      assertThat(JsonLinesHealthHistory.inStateDir(dir).recent(10)).containsExactly(change(0));
      Files.delete(kept);
      Files.delete(file);
    }
  }

  @Test
  void anEmptyFileIsAnEmptyHistoryWithoutAWarning() throws IOException {
    Files.write(dir.resolve("history.jsonl"), new byte[0]);

    var history = JsonLinesHealthHistory.inStateDir(dir);
    history.append(change(0));

    assertThat(warnings).isEmpty();
    assertThat(JsonLinesHealthHistory.inStateDir(dir).recent(10)).containsExactly(change(0));
  }

  @Test
  void aDirectoryInPlaceOfTheFileIsMovedAsideAndAppendsWork() throws IOException {
    Path file = Files.createDirectories(dir.resolve("history.jsonl"));
    Files.writeString(file.resolve("inside"), "x");

    var history = JsonLinesHealthHistory.inStateDir(dir);
    history.append(change(0));

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .startsWith(file + " is not a regular file: kept as history.jsonl.damaged-")
        .endsWith("; starting history.jsonl anew");
    assertThat(JsonLinesHealthHistory.inStateDir(dir).recent(10)).containsExactly(change(0));
    try (var files = Files.list(dir)) {
      assertThat(
              files
                  .filter(p -> p.getFileName().toString().startsWith("history.jsonl.damaged-"))
                  .map(p -> p.resolve("inside")))
          .singleElement()
          .satisfies(inside -> assertThat(inside).hasContent("x"));
    }
  }

  @Test
  void damagedMiddleLinesAreSkippedInOneWarningAndTheFileStays() throws IOException {
    var history = JsonLinesHealthHistory.inStateDir(dir);
    history.append(change(0));
    Path file = dir.resolve("history.jsonl");
    Files.writeString(file, "garbage\n{\"at\": 1}\n", StandardOpenOption.APPEND);
    history.append(change(1));
    warnings.clear();

    assertThat(JsonLinesHealthHistory.inStateDir(dir).recent(10))
        .containsExactly(change(0), change(1));

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .startsWith(file + " has 2 damaged lines (first line 2: ")
        .endsWith("): skipped, the 2 readable changes are kept");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aCutLastLineIsStillOneWarningAndNoFileIsMoved() throws IOException {
    var history = JsonLinesHealthHistory.inStateDir(dir);
    history.append(change(0));
    Path file = dir.resolve("history.jsonl");
    Files.writeString(file, "{\"from\":\"Avail", StandardOpenOption.APPEND);
    warnings.clear();

    assertThat(JsonLinesHealthHistory.inStateDir(dir).recent(10)).containsExactly(change(0));

    assertThat(warnings).singleElement().asString().contains(file.toString(), "cut by a crash");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void concurrentAppendsLoseAndInterleaveNothing() throws Exception {
    var history = JsonLinesHealthHistory.inStateDir(dir);
    int threads = 8;
    int perThread = 100;
    List<Thread> workers = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * perThread;
      workers.add(
          new Thread(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  history.append(change(base + i));
                }
              }));
    }
    workers.forEach(Thread::start);
    for (Thread worker : workers) {
      worker.join();
    }

    List<String> lines = Files.readAllLines(dir.resolve("history.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines)
        .hasSize(threads * perThread)
        .allMatch(l -> l.startsWith("{") && l.endsWith("}"));
    List<StatusChange> reread = JsonLinesHealthHistory.inStateDir(dir).recent(threads * perThread);
    assertThat(reread).hasSize(threads * perThread);
    assertThat(reread.stream().map(StatusChange::at).distinct()).hasSize(threads * perThread);
  }
}
