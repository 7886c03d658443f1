package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code sessionhost demo} as a newcomer runs it: every status shows through the broker's API, and
 * SIGTERM (what Ctrl-C's SIGINT does too) leaves no process and no folder behind.
 */
class DemoIT {

  private static final Duration LIMIT = Duration.ofSeconds(90);

  @Test
  void theDemoShowsEveryStatusAndLeavesNothingBehind() throws Exception {
    Distribution distribution = Distribution.assembled();
    ProcessBuilder builder =
        new ProcessBuilder(distribution.launcher().toString(), "demo", "--port", "0")
            .redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    long started = System.nanoTime();
    Process demo = builder.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    StringBuilder output = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("(reading the demo's output failed: " + e + ")");
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      URI portal = null;
      String token = null;
      Path folder = null;
      double allShown = -1;
      long deadline = System.nanoTime() + LIMIT.toNanos();
      while (allShown < 0) {
        String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        assertThat(line).as("the demo said, within %s:%n%s", LIMIT, output).isNotNull();
        output.append(line).append('\n');
        Matcher m;
        if ((m = Pattern.compile("^  portal\\s+(\\S+)").matcher(line)).find()) {
          portal = URI.create(m.group(1));
        } else if ((m = Pattern.compile("^  admin token\\s+(\\S+)").matcher(line)).find()) {
          token = m.group(1);
        } else if ((m = Pattern.compile("^  folder\\s+(\\S+)").matcher(line)).find()) {
          folder = Path.of(m.group(1));
        } else if (line.startsWith("Every status shows")) {
          allShown = (System.nanoTime() - started) / 1e9;
        }
      }
      assertThat(portal).as(output.toString()).isNotNull();
      assertThat(token).isNotNull();
      assertThat(folder).isDirectory();
      System.out.printf(
          "DemoIT: every status shown through the API %.1f s after `sessionhost demo`%n", allShown);

      BrokerApi api = new BrokerApi(portal, token);
      assertThat(api.admin("GET", "/", null).body()).contains("portal.js");
      Map<String, List<String>> expected =
          Map.of(
              "sh-available", List.of("Available", "Reported"),
              "sh-needs-assistance", List.of("NeedsAssistance", "Reported"),
              "sh-unavailable", List.of("Unavailable", "Reported"),
              "sh-shutdown", List.of("Shutdown", "Reported"),
              "sh-upgrade-failed", List.of("UpgradeFailed", "Reported"),
              "sh-no-heartbeat", List.of("Unavailable", "NoHeartbeat"));
      for (Map.Entry<String, List<String>> host : expected.entrySet()) {
        JsonNode shown = shownStatus(api, host.getKey());
        assertThat(List.of(shown.get("status").asString(), shown.get("basis").asString()))
            .as("%s: %s", host.getKey(), shown)
            .isEqualTo(host.getValue());
      }
      JsonNode failed = api.host("sh-upgrade-failed").orElseThrow().get("properties");
      assertThat(failed.get("updateState").asString()).isEqualTo("Failed");
      assertThat(failed.get("updateErrorMessage").asString()).contains("restored");
      assertThat(
              api.host("sh-shutdown").orElseThrow().get("properties").get("powerState").asString())
          .isEqualTo("Deallocated");
      JsonNode upgrading =
          api.await(
              "sh-upgrading",
              h -> "Upgrading".equals(BrokerApi.status(h)),
              "Upgrading",
              Duration.ofSeconds(30));
      assertThat(upgrading.get("properties").get("updateState").asString()).isEqualTo("Started");
      assertThat(api.hosts()).hasSize(7);

      List<ProcessHandle> children = demo.descendants().toList();
      assertThat(children).as("a broker and the five agents still running").hasSizeGreaterThan(5);
      demo.destroy(); // SIGTERM
      assertThat(demo.waitFor(30, TimeUnit.SECONDS)).as("the demo stops").isTrue();
      assertThat(demo.exitValue()).isZero();
      for (ProcessHandle child : children) {
        assertThat(child.isAlive()).as("process %s after the demo", child.pid()).isFalse();
      }
      assertThat(Files.exists(folder)).as("the demo's folder " + folder).isFalse();
    } finally {
      demo.descendants().forEach(ProcessHandle::destroyForcibly);
      demo.destroyForcibly();
    }
  }

  private static JsonNode shownStatus(BrokerApi api, String host) throws Exception {
    return BrokerApi.json(
        api.admin("GET", "/v1/hostPools/default/sessionHosts/" + host + "/status", null));
  }
}
