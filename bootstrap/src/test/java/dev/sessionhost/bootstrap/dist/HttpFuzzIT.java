package dev.sessionhost.bootstrap.dist;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a fuzz pass over the agent's HTTP API on the real distribution. Generated requests
 * (methods, paths, headers, bodies; with and without the admin token) each get a well-formed answer
 * with a status code, and every error an Azure-style error body; none hangs, the agent is alive and
 * answering at the end, and no file appears outside the agent's own folders.
 */
class HttpFuzzIT {

  private static final int REQUESTS = 2_000;
  private static final long SEED = 13_2026L;

  /** An answer must start within this; far above any honest answer of this API. */
  private static final Duration HANG = Duration.ofSeconds(15);

  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3}) .*");
  private static final Pattern ERROR_BODY =
      Pattern.compile(
          "\\{\"error\":\\{\"code\":\"[A-Za-z]+\",\"message\":\".*\"\\}\\}", Pattern.DOTALL);

  /** The documented answer of a refused or rolled-back upgrade (README, the local HTTP API). */
  private static final Pattern UPGRADE_RESULT =
      Pattern.compile("\\{.*\"updateState\":\"[A-Za-z]+\".*\"message\":\".+\".*\\}");

  private static final List<String> METHODS =
      List.of(
          "GET",
          "HEAD",
          "POST",
          "PUT",
          "DELETE",
          "PATCH",
          "OPTIONS",
          "TRACE",
          "CONNECT",
          "PRI",
          "get",
          "G\u00c9T",
          "BREW",
          "",
          "GET GET");
  private static final List<String> ROUTE_METHODS = List.of("GET", "HEAD", "POST", "DELETE");
  private static final List<String> PATHS =
      List.of(
          "/v1/health",
          "/v1/health/checks/DomainJoinedCheck",
          "/v1/health/checks/",
          "/v1/sessionhost",
          "/v1/history",
          "/v1/history?limit=5",
          "/v1/history?limit=-1",
          "/v1/history?limit=99999999999999999999",
          "/v1/history?limit=%zz",
          "/v1/plugins",
          "/metrics",
          "/v1/cycle",
          "/v1/plugins/upgrade",
          "/v1/plugins/install",
          "/v1/plugins/nothing-here",
          "/v1/plugins/..%2F..%2Fetc%2Fpasswd",
          "/v1/plugins/%00",
          "/v1/health/checks/%2e%2e",
          "/../../etc/passwd",
          "/v1//health",
          "/v1/health/",
          "//",
          "*",
          "http://example.com/v1/health",
          "/v1/%E2%82%AC",
          "/v1/\u00e9t\u00e9",
          "/" + "a".repeat(9_000),
          "/v1/health?" + "x=1&".repeat(500),
          "/v1/health#fragment");
  private static final List<String> HEADER_NAMES =
      List.of(
          "Content-Length",
          "Transfer-Encoding",
          "Content-Type",
          "Authorization",
          "X-Plugin-File",
          "Connection",
          "Expect",
          "Host",
          "Range",
          "X-Forwarded-For",
          "Accept-Encoding",
          "Upgrade",
          " Leading",
          "Bad Name",
          "X-\u00e9",
          "");

  @TempDir Path work;

  @Test
  void everyGeneratedRequestGetsAWellFormedAnswerAndTheAgentLives() throws Exception {
    Distribution distribution = Distribution.assembled();
    Path plugins = distribution.copyPluginsTo(work.resolve("plugins"));
    Path state = Files.createDirectories(work.resolve("state"));
    Path config = distribution.healthyAgentConfig(work, "http-fuzz-it", plugins, state);
    List<String> distributionBefore = listing(distribution.home());
    Random random = new Random(SEED);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    int closedWithoutAnswer = 0;
    long slowestNanos = 0;

    try (AgentProcess agent = AgentProcess.start(distribution.launcher(), config, state)) {
      agent.awaitCode("/v1/health", 200, Duration.ofSeconds(30));
      String token = agent.adminToken();
      for (int i = 0; i < REQUESTS; i++) {
        byte[] request = generate(random, token);
        long started = System.nanoTime();
        Answer answer = send(agent, request);
        slowestNanos = Math.max(slowestNanos, System.nanoTime() - started);
        String shown = shown(request);
        if (answer == null) {
          closedWithoutAnswer++;
          continue;
        }
        if (answer.problem() != null) {
          problems.add(answer.problem() + " for " + shown);
          continue;
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        boolean head = new String(request, ISO_8859_1).startsWith("HEAD ");
        boolean upgradeResult =
            answer.status() == 422 && UPGRADE_RESULT.matcher(answer.body()).matches();
        if (answer.status() >= 400
            && !head
            && !upgradeResult
            && !ERROR_BODY.matcher(answer.body()).matches()) {
          problems.add(
              "status "
                  + answer.status()
                  + " without an error body: "
                  + answer.body()
                  + " for "
                  + shown);
        }
        if (answer.status() >= 500 && answer.status() != 503 && answer.status() != 505) {
          problems.add("status " + answer.status() + " " + answer.body() + " for " + shown);
        }
      }
      System.out.printf(
          "HttpFuzzIT: %d requests (seed %d), statuses %s, %d closed without an answer,"
              + " slowest %d ms, %d problems%n",
          REQUESTS, SEED, statuses, closedWithoutAnswer, slowestNanos / 1_000_000, problems.size());

      assertThat(problems).isEmpty();
      assertThat(agent.isAlive()).isTrue();
      assertThat(agent.get("/v1/health").statusCode()).isEqualTo(200);
      assertThat(agent.output()).doesNotContain("Exception in thread");
    }
    assertThat(listing(distribution.home())).isEqualTo(distributionBefore);
    try (Stream<Path> files = Files.list(work)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(
              name ->
                  List.of("plugins", "sessionhost.yaml", "state").contains(name)
                      || name.matches("agent-(out|err)\\d+\\.txt"),
              "the agent's own folders, its configuration and its output");
    }
    assertThat(listing(work)).noneMatch(name -> name.contains("evil") || name.contains("passwd"));
    // a few requests may be cut before any answer (a request line the server cannot read at all
    // closes the connection), but never most of them
    assertThat(closedWithoutAnswer).isLessThan(REQUESTS / 20);
  }

  private static byte[] generate(Random random, String token) {
    String method = random.nextInt(4) == 0 ? pick(random, METHODS) : pick(random, ROUTE_METHODS);
    String path =
        random.nextInt(10) == 0 ? mangle(random, pick(random, PATHS)) : pick(random, PATHS);
    String version =
        random.nextInt(20) == 0
            ? pick(random, List.of("HTTP/1.0", "HTTP/2.0", "HTTP/9", ""))
            : "HTTP/1.1";
    StringBuilder head = new StringBuilder(method + " " + path + " " + version + "\r\n");
    if (random.nextInt(20) != 0) {
      head.append("Host: localhost\r\n");
    }
    int tokenChoice = random.nextInt(4);
    if (tokenChoice == 0) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    } else if (tokenChoice == 1) {
      head.append("Authorization: ")
          .append(
              pick(
                  random,
                  List.of(
                      "Bearer",
                      "Bearer ",
                      "Basic xyz",
                      "Bearer " + token + "x",
                      "bearer " + token)))
          .append("\r\n");
    }
    byte[] body = body(random);
    int framing = random.nextInt(16);
    switch (framing) {
      case 0, 5, 6, 7 -> head.append("Content-Length: ").append(body.length).append("\r\n");
      case 1 ->
          head.append("Content-Length: ")
              .append(
                  pick(random, List.of("-1", "abc", "99999999999999999999", "1, 2", "0x10", " 5")))
              .append("\r\n");
      case 2 -> head.append("Transfer-Encoding: chunked\r\n");
      case 3 -> head.append("Content-Length: 5\r\nContent-Length: 6\r\n");
      case 4 -> head.append("Transfer-Encoding: gzip, chunked\r\nContent-Length: 3\r\n");
      default -> body = new byte[0];
    }
    int extra = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0;
    for (int h = 0; h < extra; h++) {
      head.append(pick(random, HEADER_NAMES)).append(": ").append(value(random)).append("\r\n");
    }
    if (random.nextInt(10) == 0) {
      head.append("X-Plugin-File: ")
          .append(
              pick(
                  random,
                  List.of(
                      "../../evil.jar", "a.jar", ".jar", "x.txt", "/etc/passwd", "..\\..\\w.jar")))
          .append("\r\n");
    }
    if (random.nextInt(50) == 0) {
      head.append("X-Huge: ").append("h".repeat(20_000)).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.toString().getBytes(UTF_8));
    if (framing == 2) {
      bytes.writeBytes(chunked(random, body));
    } else {
      bytes.writeBytes(body);
    }
    return bytes.toByteArray();
  }

  private static byte[] body(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> new byte[0];
      case 1 -> "{\"not\": json".getBytes(UTF_8);
      case 2 -> {
        byte[] noise = new byte[random.nextInt(100_000)];
        random.nextBytes(noise);
        yield noise;
      }
      case 3 -> "PK\u0003\u0004 not quite a jar".getBytes(ISO_8859_1);
      default -> "{}".getBytes(UTF_8);
    };
  }

  private static byte[] chunked(Random random, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextBoolean()) {
      out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(ISO_8859_1));
      out.writeBytes(body);
      out.writeBytes("\r\n0\r\n\r\n".getBytes(ISO_8859_1));
    } else {
      out.writeBytes(
          pick(
                  random,
                  List.of("zz\r\nabc\r\n", "ffffffffffffffff\r\n", "3\r\nabcdef\r\n0\r\n\r\n", ""))
              .getBytes(ISO_8859_1));
    }
    return out.toByteArray();
  }

  private static String value(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> "";
      case 1 -> "v".repeat(random.nextInt(3_000));
      case 2 -> "\u00e9\u00e8\u4e2d";
      case 3 -> "100-continue";
      default -> "bytes=0-10";
    };
  }

  private static String mangle(Random random, String path) {
    StringBuilder mangled = new StringBuilder(path);
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int at = random.nextInt(mangled.length() + 1);
      mangled.insert(
          at,
          pick(
              random,
              List.of("%", "%2", "%25", "%00", "..", "/", "\\", ";", "?", "#", "{id}", "\t")));
    }
    return mangled.toString();
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String shown(byte[] request) {
    String text = new String(request, 0, Math.min(request.length, 160), ISO_8859_1);
    return "'" + text.replace("\r\n", "\\r\\n").toLowerCase(Locale.ROOT) + "...'";
  }

  /** What came back: a status and body, or a problem; null when closed before any byte. */
  private record Answer(int status, String body, String problem) {}

  private static Answer send(AgentProcess agent, byte[] request) throws IOException {
    try (Socket socket = new Socket(agent.base().getHost(), agent.base().getPort())) {
      socket.setSoTimeout((int) HANG.toMillis());
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (SocketException cutWhileSending) {
        // the server answered and closed before taking the whole body: read what it said
      }
      InputStream in = socket.getInputStream();
      byte[] all;
      try {
        all = in.readAllBytes();
      } catch (SocketTimeoutException hang) {
        return new Answer(0, "", "no answer within " + HANG.toSeconds() + " s");
      } catch (SocketException reset) {
        all = new byte[0];
      }
      if (all.length == 0) {
        return null;
      }
      String text = new String(all, UTF_8);
      int endOfHead = text.indexOf("\r\n\r\n");
      String statusLine = text.lines().findFirst().orElse("");
      Matcher status = STATUS_LINE.matcher(statusLine);
      if (endOfHead < 0 || !status.matches()) {
        return new Answer(0, "", "a malformed answer '" + statusLine + "'");
      }
      return new Answer(Integer.parseInt(status.group(1)), text.substring(endOfHead + 4), null);
    }
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.map(folder::relativize).map(Path::toString).sorted().toList();
    }
  }
}
