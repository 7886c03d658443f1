package dev.sessionhost.adapter.out.simulated;

import static dev.sessionhost.adapter.out.simulated.ScenarioFiles.probe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.plugin.api.ServiceState;
import dev.sessionhost.support.yaml.LocatedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {

  private static final String RUNNING = "services: { ama: { active: true } }\n";
  private static final String STOPPED = "services: { ama: { active: false } }\n";
  private static final String BROKEN = "services:\n  ama: { activ: true }\n";

  @TempDir Path folder;

  @Test
  void aChangedFileIsReadAgainOnTheNextCall() {
    ScenarioFiles files = new ScenarioFiles(folder);
    SimulatedEnvironment environment = files.load(RUNNING);
    ServiceProbe services = probe(environment, ServiceProbe.class);
    assertThat(services.service("ama").active()).isTrue();

    files.write("scenario.yaml", STOPPED);

    assertThat(services.service("ama").active()).isFalse();
  }

  @Test
  void aFileReplacedByRenameIsReadAgain() throws Exception {
    ScenarioFiles files = new ScenarioFiles(folder);
    SimulatedEnvironment environment = files.load(RUNNING);
    ServiceProbe services = probe(environment, ServiceProbe.class);
    assertThat(services.service("ama").active()).isTrue();

    // Editors save by writing a new file and renaming it over the old one.
    Path replacement = files.write("replacement.yaml", STOPPED);
    Files.setLastModifiedTime(replacement, Files.getLastModifiedTime(environment.scenarioFile()));
    Files.move(
        replacement,
        environment.scenarioFile(),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);

    assertThat(services.service("ama").active()).isFalse();
  }

  @Test
  void anInvalidEditFailsClosedNamingTheProblemUntilItIsFixed() {
    ScenarioFiles files = new ScenarioFiles(folder);
    SimulatedEnvironment environment = files.load(RUNNING);
    ServiceProbe services = probe(environment, ServiceProbe.class);

    files.write("scenario.yaml", BROKEN);

    assertThatThrownBy(() -> services.service("ama"))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "invalid scenario "
                + environment.scenarioFile()
                + ":2:10: services.ama.activ: unknown key (known: installed, active, detail)")
        .hasCauseInstanceOf(LocatedException.class);

    files.write("scenario.yaml", STOPPED);

    assertThat(services.service("ama").active()).isFalse();
  }

  @Test
  void aDeletedFileFailsClosedAndAnsweringResumesWhenItIsBack() throws Exception {
    ScenarioFiles files = new ScenarioFiles(folder);
    SimulatedEnvironment environment = files.load(RUNNING);
    ServiceProbe services = probe(environment, ServiceProbe.class);

    Files.delete(environment.scenarioFile());

    assertThatThrownBy(() -> services.service("ama"))
        .isInstanceOf(ProbeException.class)
        .hasMessage("scenario " + environment.scenarioFile() + ": no such file");

    files.write("scenario.yaml", RUNNING);
    assertThat(services.service("ama").active()).isTrue();
  }

  @Test
  void anUnchangedFileIsNotParsedAgain() throws Exception {
    ScenarioFiles files = new ScenarioFiles(folder);
    SimulatedEnvironment environment = files.load(RUNNING);
    ServiceProbe services = probe(environment, ServiceProbe.class);
    ServiceState first = services.service("ama");

    // Same size, same time, same file: a change the stat cannot see is not read.
    Path file = environment.scenarioFile();
    var modified = Files.getLastModifiedTime(file);
    Files.writeString(file, RUNNING.replace("true", "tru "));
    Files.setLastModifiedTime(file, modified);

    assertThat(services.service("ama")).isEqualTo(first);
  }

  @Test
  void parallelCallersWhileTheFileFlipsSeeOnlyAnswersOrTheDocumentedProbeException()
      throws Exception {
    ScenarioFiles files = new ScenarioFiles(folder);
    SimulatedEnvironment environment = files.load(RUNNING);
    ServiceProbe services = probe(environment, ServiceProbe.class);
    AtomicBoolean flipping = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    AtomicInteger answers = new AtomicInteger();
    AtomicInteger failedClosed = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(8);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    List<Future<?>> running = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        running.add(
            callers.submit(
                () -> {
                  started.countDown();
                  while (flipping.get()) {
                    try {
                      services.service("ama");
                      answers.incrementAndGet();
                    } catch (ProbeException e) {
                      failedClosed.incrementAndGet();
                    } catch (Throwable e) {
                      unexpected.add(e);
                    }
                  }
                }));
      }
      assertThat(started.await(30, TimeUnit.SECONDS)).as("all callers running").isTrue();
      String[] versions = {STOPPED, BROKEN, RUNNING};
      // at least 60 flips, and on until the callers saw both kinds: a loaded machine may need more
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      for (int round = 0;
          round < 60
              || ((answers.get() == 0 || failedClosed.get() == 0) && System.nanoTime() < deadline);
          round++) {
        files.write("scenario.yaml", versions[round % versions.length]);
        Thread.sleep(5);
      }
    } finally {
      flipping.set(false);
      callers.shutdown();
    }
    for (Future<?> caller : running) {
      caller.get(30, TimeUnit.SECONDS);
    }

    assertThat(unexpected).isEmpty();
    assertThat(answers.get()).isPositive();
    assertThat(failedClosed.get()).isPositive();
  }
}
