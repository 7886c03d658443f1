package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.sessionhost.plugin.api.CommandRequest;
import dev.sessionhost.plugin.api.CommandRun;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real monitoring plugins (monitoring-plugins-basic) through the probe. */
class LinuxCommandProbeNagiosIT {

  private static final Path PLUGINS = Path.of("/usr/lib/nagios/plugins");

  private final LinuxCommandProbe probe = new LinuxCommandProbe();

  @BeforeAll
  static void needsThePlugins() {
    assumeTrue(Files.isExecutable(PLUGINS.resolve("check_tcp")), "monitoring plugins installed");
  }

  @Test
  void checkTcpIsOkForAnOpenPortAndCriticalForAClosedOne() throws Exception {
    try (ServerSocket open = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      int closed;
      try (ServerSocket gone = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
        closed = gone.getLocalPort();
      }

      CommandRun ok = plugin("check_tcp", "-H", "127.0.0.1", "-p", "" + open.getLocalPort());
      CommandRun refused = plugin("check_tcp", "-H", "127.0.0.1", "-p", "" + closed);

      assertThat(ok.exitCode()).hasValue(0);
      assertThat(ok.output()).startsWith("TCP OK").contains("|time=");
      assertThat(refused.exitCode()).hasValue(2);
      assertThat(refused.output()).contains("Connection refused");
    }
  }

  @Test
  void checkDiskReportsTheRootFileSystem() {
    CommandRun run = plugin("check_disk", "-w", "0%", "-c", "0%", "-p", "/");

    assertThat(run.exitCode()).hasValue(0);
    assertThat(run.output()).startsWith("DISK OK").contains("| /=");
  }

  @Test
  void checkProcsFindsAProcessTheTestStarted(@TempDir Path dir) throws Exception {
    String marker = "sessionhost-procs-" + ProcessHandle.current().pid();
    Path script = Files.writeString(dir.resolve(marker), "sleep 60\n");
    Process sleeper = new ProcessBuilder("sh", script.toString()).start();
    try {
      CommandRun run = plugin("check_procs", "-a", marker, "-c", "1:1");

      assertThat(run.output()).startsWith("PROCS OK: 1 process");
      assertThat(run.exitCode()).hasValue(0);
      assertThat(plugin("check_procs", "-a", marker + "-none", "-c", "1:1").exitCode()).hasValue(2);
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void checkHttpIsOkAgainstALoopbackServer() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      CommandRun run =
          plugin("check_http", "-H", "127.0.0.1", "-p", "" + server.getAddress().getPort());

      assertThat(run.exitCode()).hasValue(0);
      assertThat(run.output()).startsWith("HTTP OK").contains("size=");
    } finally {
      server.stop(0);
    }
  }

  private CommandRun plugin(String name, String... arguments) {
    List<String> command = new ArrayList<>(List.of(PLUGINS.resolve(name).toString()));
    command.addAll(List.of(arguments));
    return probe.run(CommandRequest.of(command, Duration.ofSeconds(20)));
  }
}
