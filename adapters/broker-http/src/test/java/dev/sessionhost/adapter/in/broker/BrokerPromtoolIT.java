package dev.sessionhost.adapter.in.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prometheus's own linter on what a running broker serves at {@code /metrics}. */
class BrokerPromtoolIT {

  @TempDir Path dir;

  @Test
  void promtoolFindsNoProblemInTheMetrics() throws IOException, InterruptedException {
    Path promtool = promtool();
    Path scraped = dir.resolve("metrics.txt");
    try (BrokerHarness broker = new BrokerHarness()) {
      String credential = broker.register("host-1");
      broker.heartbeat(credential, "host-1", 1, SessionHostStatus.AVAILABLE);
      broker.heartbeat(credential, "host-1", 1, SessionHostStatus.AVAILABLE);
      broker.heartbeat("made-up", "host-1", 2, SessionHostStatus.AVAILABLE);
      broker.register("host-2");
      HttpResponse<String> response = broker.send("GET", "/metrics", null, null);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .contains(
              "sessionhost_broker_session_hosts{host_pool=\"default\",status=\"Available\"} 1")
          .contains("sessionhost_broker_heartbeats_total{result=\"accepted\"} 1")
          .contains("sessionhost_broker_heartbeats_total{result=\"repeated\"} 1")
          .contains("sessionhost_broker_heartbeats_total{result=\"refused\"} 1")
          .contains("sessionhost_broker_ingest_seconds_bucket");
      Files.writeString(scraped, response.body(), StandardCharsets.UTF_8);
    }

    Process process =
        new ProcessBuilder(promtool.toString(), "check", "metrics")
            .redirectInput(scraped.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();

    assertThat(output.lines().filter(line -> !line.isBlank()).toList())
        .as("promtool check metrics printed problems")
        .isEmpty();
    assertThat(process.exitValue()).as("promtool's exit code; it said: %s", output).isZero();
  }

  private static Path promtool() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(
            Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of),
            Stream.of(Path.of("/usr/bin")))
        .map(dir -> dir.resolve("promtool"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseGet(
            () ->
                fail(
                    "promtool is not installed: install the Debian package 'prometheus' (apt-get"
                        + " install prometheus), which CI installs too; this test never skips"));
  }
}
