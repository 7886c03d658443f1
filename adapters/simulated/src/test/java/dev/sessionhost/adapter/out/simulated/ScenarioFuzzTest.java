package dev.sessionhost.adapter.out.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.support.yaml.LocatedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deterministic fuzz pass over the scenario reader: every document either loads as the simulated
 * environment or stops with a {@link LocatedException} naming the file and line; nothing else may
 * escape.
 */
class ScenarioFuzzTest {

  private static final Path EXAMPLES = Path.of("../../examples/scenarios");
  private static final List<String> KEYS =
      List.of(
          "description",
          "directory",
          "joined",
          "realm",
          "keytab",
          "trusted",
          "trustAnswer",
          "listeners",
          "port",
          "process",
          "listening",
          "services",
          "installed",
          "active",
          "detail",
          "http",
          "http://169.254.169.254/metadata/instance",
          "status",
          "body",
          "headers",
          "error",
          "network",
          "default",
          "reachable",
          "unreachable",
          "files",
          "/srv/appattach/office.vhdx",
          "exists",
          "readable",
          "size",
          "faults",
          "HttpProbe.get",
          "DirectoryProbe.testTrust",
          "delay",
          "hang");

  @TempDir Path dir;

  @Test
  void everyDocumentLoadsOrNamesTheFileAndLineOfItsFault() throws IOException {
    List<FuzzDocuments.Document> documents = new FuzzDocuments(13L, seeds(), KEYS).generate(1500);
    FuzzRun run =
        new FuzzRun(
                "scenario",
                file -> SimulatedEnvironment.load(file, ScenarioFiles.CLOCK),
                ScenarioFuzzTest::isClear)
            .feed(documents, dir);

    System.out.println(run.summary());
    assertThat(run.failures()).as(run.summary()).isEmpty();
  }

  private static boolean isClear(Path file, Throwable thrown) {
    if (!(thrown instanceof LocatedException e) || !e.source().equals(file.toString())) {
      return false;
    }
    if (e.line() == 0) {
      // the one fault of the file as a whole that a document can have: nothing in it
      return e.getMessage().equals(file + ": " + e.problem())
          && e.problem().startsWith("the scenario is empty");
    }
    String place = file + ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") + ": ";
    return e.getMessage().startsWith(place) && !e.problem().isBlank();
  }

  private static List<String> seeds() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> examples = Files.list(EXAMPLES)) {
      for (Path example : examples.sorted().toList()) {
        seeds.add(Files.readString(example));
      }
    }
    seeds.add(
        """
        network:
          default: unreachable
          reachable: [login.microsoftonline.com, "http://h:80", "h:1688"]
        files:
          /srv/x.vhdx: { exists: true, size: 10, directory: false }
        faults:
          FileProbe.path: { delay: 1m30s }
          HttpProbe.reach: { error: refused }
        """);
    return seeds;
  }
}
