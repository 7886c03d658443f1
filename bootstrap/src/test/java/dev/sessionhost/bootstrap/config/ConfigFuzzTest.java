package dev.sessionhost.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.adapter.out.simulated.FuzzDocuments;
import dev.sessionhost.adapter.out.simulated.FuzzRun;
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
 * A deterministic fuzz pass over the configuration reader: every document either loads or stops
 * with a {@link LocatedException} naming the file, line and column; nothing else may escape.
 */
class ConfigFuzzTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path HOME = Path.of("/opt/sessionhost");
  private static final List<String> KEYS =
      List.of(
          "agent",
          "hostName",
          "cycleInterval",
          "environment",
          "scenario",
          "pluginsDir",
          "stateDir",
          "plugins",
          "disabled",
          "checks",
          "defaults",
          "enabled",
          "timeout",
          "interval",
          "failuresBeforeFailing",
          "successesBeforePassing",
          "failureEffect",
          "settings",
          "UrlsAccessibleCheck",
          "http",
          "bind",
          "port",
          "adminToken",
          "broker",
          "url",
          "registrationToken",
          "commandChecks",
          "id",
          "command",
          "warningIs",
          "workingDirectory",
          "displayName",
          "brokerServer",
          "heartbeatTimeout",
          "database",
          "poolSize",
          "powerState",
          "source",
          "keepFor",
          "hosts",
          "otherwise");

  @TempDir Path dir;

  @Test
  void everyDocumentLoadsOrNamesTheFileLineAndColumnOfItsFault() throws IOException {
    List<FuzzDocuments.Document> documents = new FuzzDocuments(13L, seeds(), KEYS).generate(1500);
    FuzzRun run =
        new FuzzRun("config", file -> ConfigLoader.load(file, HOME), ConfigFuzzTest::isClear)
            .feed(documents, dir);

    System.out.println(run.summary());
    assertThat(run.failures()).as(run.summary()).isEmpty();
  }

  private static boolean isClear(Path file, Throwable thrown) {
    if (!(thrown instanceof LocatedException e)) {
      return false;
    }
    return e.source().equals(file.toString())
        && e.line() > 0
        && e.column() > 0
        && e.getMessage().startsWith(file + ":" + e.line() + ":" + e.column() + ": ")
        && !e.problem().isBlank();
  }

  private static List<String> seeds() throws IOException {
    String shipped = Files.readString(MODULE.resolve("src/dist/conf/sessionhost.yaml"));
    List<String> seeds = new ArrayList<>();
    seeds.add(shipped);
    // as ShippedConfigFilesTest does: every key uncommented, so the mutations hit real values
    seeds.add(shipped.replaceAll("(?m)^(\\s+)# (\\s*)(\\w+:|- )", "$1$2$3"));
    try (Stream<Path> examples = Files.list(MODULE.resolveSibling("examples").resolve("conf"))) {
      for (Path example : examples.sorted().toList()) {
        seeds.add(Files.readString(example));
      }
    }
    seeds.add(
        """
        commandChecks:
          - id: DiskCheck
            command: [/bin/df, -h]
            timeout: 5s
            environment:
              LANG: C
              TOKEN: { value: x, secret: true }
        brokerServer:
          powerState:
            source: simulated
            hosts: { host-1: running }
            otherwise: stopped
        """);
    return seeds;
  }
}
