package dev.sessionhost.adapter.out.history;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.update.UpdateState;
import dev.sessionhost.domain.update.UpdateStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UpdateStatusFileTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  @TempDir Path stateDir;
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Logger julLogger = Logger.getLogger(UpdateStatusFile.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureWarnings() {
    julLogger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    julLogger.removeHandler(capture);
  }

  @Test
  void aSavedStatusIsLoadedBackWithItsMessageAndTime() {
    UpdateStatus failed = UpdateStatus.failed("upgrade of greeting to 2.0.0 failed", AT);

    new UpdateStatusFile(stateDir).save(failed);

    assertThat(new UpdateStatusFile(stateDir).load()).hasValue(failed);
  }

  @Test
  void theFileUsesTheWireNamesAndNullForNoTime() throws IOException {
    UpdateStatusFile store = new UpdateStatusFile(stateDir);

    store.save(UpdateStatus.INITIAL);
    JsonNode initial = readJson();
    store.save(UpdateStatus.started(AT));
    JsonNode started = readJson();

    assertThat(initial.path("state").asString()).isEqualTo("Initial");
    assertThat(initial.path("errorMessage").asString()).isEmpty();
    assertThat(initial.path("lastUpdateTime").isNull()).isTrue();
    assertThat(started.path("state").asString()).isEqualTo("Started");
    assertThat(started.path("lastUpdateTime").asString()).isEqualTo("2026-03-01T10:15:30Z");
    assertThat(store.load()).hasValue(UpdateStatus.started(AT));
  }

  @Test
  void nothingSavedLoadsEmptyWithoutAWarning() {
    assertThat(new UpdateStatusFile(stateDir).load()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aMissingStateDirectoryIsCreatedOnSave() {
    Path nested = stateDir.resolve("not/yet/there");
    UpdateStatusFile store = new UpdateStatusFile(nested);

    store.save(UpdateStatus.succeeded(AT));

    assertThat(nested.resolve(UpdateStatusFile.FILE_NAME)).isRegularFile();
    assertThat(store.load()).hasValue(UpdateStatus.succeeded(AT));
  }

  @Test
  void anUnreadableFileLoadsEmptyAndWarns() throws IOException {
    List<String> broken =
        List.of(
            "{\"state\": \"Succ",
            "[1, 2]",
            "{\"state\": \"Exploded\", \"errorMessage\": \"\", \"lastUpdateTime\": null}",
            "{\"state\": \"Failed\", \"errorMessage\": \"\", \"lastUpdateTime\": null}",
            "{\"state\": \"Started\", \"lastUpdateTime\": \"yesterday\"}");
    for (String content : broken) {
      Files.writeString(stateDir.resolve(UpdateStatusFile.FILE_NAME), content);

      assertThat(new UpdateStatusFile(stateDir).load()).as(content).isEmpty();
    }
    assertThat(warnings).hasSize(broken.size());
    assertThat(warnings.get(2).getMessage()).contains(UpdateStatusFile.FILE_NAME, "Exploded");
  }

  @Test
  void aDamagedFileIsKeptAsideWithItsBytesAndNamedInOneWarning() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T03:15:00Z"), ZoneOffset.UTC);
    byte[] random = new byte[512];
    new Random(13).nextBytes(random);
    Map<String, byte[]> damaged = new LinkedHashMap<>();
    damaged.put("is not valid JSON (not UTF-8 text)", random);
    damaged.put("is not valid JSON (line 1, column 7)", "{\"a\": }".getBytes(UTF_8));
    damaged.put("is not valid JSON (line 2, column", "{\"state\":\n \"Succ".getBytes(UTF_8));
    damaged.put("is empty", new byte[0]);
    damaged.put("is not a JSON object", "[1, 2]".getBytes(UTF_8));
    damaged.put("names an unknown state 'Exploded'", "{\"state\": \"Exploded\"}".getBytes(UTF_8));
    Path file = stateDir.resolve(UpdateStatusFile.FILE_NAME);
    Path kept = stateDir.resolve(UpdateStatusFile.FILE_NAME + ".damaged-20261207T031500Z");
    for (Map.Entry<String, byte[]> damage : damaged.entrySet()) {
      warnings.clear();
      Files.write(file, damage.getValue());

      UpdateStatusFile store = new UpdateStatusFile(stateDir, clock);
      assertThat(store.load()).as(damage.getKey()).isEmpty();

      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0).getMessage())
          .startsWith(file + " " + damage.getKey())
          .endsWith(
              ": kept as update-state.json.damaged-20261207T031500Z;"
                  + " starting from the initial update state");
      assertThat(file).doesNotExist();
      assertThat(kept).hasBinaryContent(damage.getValue());
      store.save(UpdateStatus.succeeded(AT));
      assertThat(store.load()).hasValue(UpdateStatus.succeeded(AT));
      Files.delete(kept);
    }
  }

  @Test
  void aDirectoryInPlaceOfTheFileIsMovedAsideAndTheNextSaveWorks() throws IOException {
    Path file = Files.createDirectories(stateDir.resolve(UpdateStatusFile.FILE_NAME));
    Files.writeString(file.resolve("inside"), "x");
    UpdateStatusFile store = new UpdateStatusFile(stateDir);

    assertThat(store.load()).isEmpty();

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getMessage())
        .startsWith(file + " is a directory, not a file: kept as update-state.json.damaged-");
    try (Stream<Path> files = Files.list(stateDir)) {
      Path kept = files.filter(p -> !p.equals(file)).findFirst().orElseThrow();
      assertThat(kept.resolve("inside")).hasContent("x");
    }
    store.save(UpdateStatus.pending(AT));
    assertThat(store.load()).hasValue(UpdateStatus.pending(AT));
  }

  @Test
  void aSecondDamageInTheSameSecondDoesNotOverwriteTheFirstKept() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T03:15:00Z"), ZoneOffset.UTC);
    Path file = stateDir.resolve(UpdateStatusFile.FILE_NAME);
    Files.writeString(file, "first");
    new UpdateStatusFile(stateDir, clock).load();
    Files.writeString(file, "second");
    new UpdateStatusFile(stateDir, clock).load();

    assertThat(stateDir.resolve("update-state.json.damaged-20261207T031500Z")).hasContent("first");
    assertThat(stateDir.resolve("update-state.json.damaged-20261207T031500Z-1"))
        .hasContent("second");
  }

  @Test
  void aFailedSaveIsLoggedNotThrown() throws IOException {
    Path notADirectory = Files.writeString(stateDir.resolve("file"), "x");
    UpdateStatusFile store = new UpdateStatusFile(notADirectory);

    store.save(UpdateStatus.pending(AT));

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getMessage()).contains("could not save the update status");
    assertThat(store.load()).isEmpty();
  }

  @Test
  void concurrentSavesLeaveOneCompleteStatusAndNoTemporaryFiles() throws Exception {
    UpdateStatusFile store = new UpdateStatusFile(stateDir);
    UpdateStatusFile reader = new UpdateStatusFile(stateDir);
    List<UpdateStatus> offered = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      offered.add(UpdateStatus.failed("attempt " + i, AT.plusSeconds(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Optional<UpdateStatus>>> reads = new ArrayList<>();
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (UpdateStatus status : offered) {
        writes.add(pool.submit(() -> store.save(status)));
        reads.add(pool.submit(reader::load));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdown();
    }

    for (Future<Optional<UpdateStatus>> read : reads) {
      read.get().ifPresent(status -> assertThat(offered).contains(status));
    }
    assertThat(warnings).isEmpty();
    assertThat(offered).contains(store.load().orElseThrow());
    try (Stream<Path> files = Files.list(stateDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly(UpdateStatusFile.FILE_NAME);
    }
    assertThat(store.load().orElseThrow().state()).isEqualTo(UpdateState.FAILED);
  }

  private JsonNode readJson() throws IOException {
    String text =
        Files.readString(stateDir.resolve(UpdateStatusFile.FILE_NAME), StandardCharsets.UTF_8);
    return JsonMapper.builder().build().readTree(text);
  }
}
