package dev.sessionhost.bootstrap.dist;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the agent's HTTP API against many and slow clients, on the real distribution. Clients
 * that trickle their request head a byte a second are cut after the header timeout while another
 * client is answered at once; 500 connections asking at the same time get every answer, and leave
 * no file descriptor open behind them. The figures are printed for the closing note.
 */
class HttpDrillIT {

  /** The agent's header timeout (HttpApiSettings.DEFAULT_HEADER_TIMEOUT). */
  private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);

  /** Far above the 100 ms target, far below what a starved server takes (the header timeout). */
  private static final Duration ANSWER_BOUND = Duration.ofSeconds(2);

  private static final String GET_HEALTH = "GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n";

  @TempDir static Path work;
  private static AgentProcess agent;

  @BeforeAll
  static void startAnAgent() throws Exception {
    Distribution distribution = Distribution.assembled();
    Path state = Files.createDirectories(work.resolve("state"));
    Path config =
        distribution.healthyAgentConfig(work, "http-drill-it", distribution.plugins(), state);
    agent = AgentProcess.start(distribution.launcher(), config, state);
    agent.awaitCode("/v1/health", 200, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopTheAgent() {
    if (agent != null) {
      agent.close();
    }
  }

  @Test
  void tricklingClientsAreCutAfterTheHeaderTimeoutWhileHealthIsAnswered() throws Exception {
    int slowCount = 100;
    List<Socket> slow = new ArrayList<>();
    long[] cutAfterNanos = new long[slowCount];
    long opened = System.nanoTime();
    for (int i = 0; i < slowCount; i++) {
      Socket socket = connect(agent.base());
      socket.setSoTimeout(1);
      socket.getOutputStream().write("GET /v1/health HTTP/1.1\r\n".getBytes(US_ASCII));
      slow.add(socket);
    }
    List<Long> answers = new ArrayList<>();
    int cut = 0;
    long end = opened + Duration.ofSeconds(30).toNanos();
    long nextByte = System.nanoTime();
    try {
      while (System.nanoTime() < end && cut < slowCount) {
        if (System.nanoTime() >= nextByte) {
          nextByte += Duration.ofSeconds(1).toNanos();
          for (int i = 0; i < slowCount; i++) {
            if (cutAfterNanos[i] == 0 && isCut(slow.get(i))) {
              cutAfterNanos[i] = System.nanoTime() - opened;
              cut++;
            }
          }
        }
        answers.add(timedHealth());
        Thread.sleep(100);
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }

    long[] cutSeconds = Arrays.stream(cutAfterNanos).map(n -> n / 1_000_000).sorted().toArray();
    long[] answerMillis = answers.stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
    System.out.printf(
        "HttpDrillIT slow clients: %d of %d cut, first after %d ms, last after %d ms;"
            + " /v1/health meanwhile %d answers, median %d ms, p99 %d ms, max %d ms%n",
        cut,
        slowCount,
        cutSeconds[0],
        cutSeconds[slowCount - 1],
        answerMillis.length,
        answerMillis[answerMillis.length / 2],
        answerMillis[(int) (answerMillis.length * 0.99)],
        answerMillis[answerMillis.length - 1]);
    assertThat(cut).as("trickling connections cut within 30 s").isEqualTo(slowCount);
    assertThat(cutSeconds[0]).isGreaterThanOrEqualTo(HEADER_TIMEOUT.toMillis());
    assertThat(answerMillis[answerMillis.length - 1]).isLessThan(ANSWER_BOUND.toMillis());
    assertThat(agent.get("/v1/health").statusCode()).isEqualTo(200);
  }

  @Test
  void fiveHundredConnectionsAtOnceAreAllAnsweredAndLeaveNoDescriptorOpen() throws Exception {
    int connections = 500;
    Duration load = Duration.ofSeconds(10);
    long descriptorsBefore = descriptors(agent.pid());
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong worstNanos = new AtomicLong();
    List<String> failures = new ArrayList<>();
    CountDownLatch allOpen = new CountDownLatch(connections);
    CountDownLatch done = new CountDownLatch(connections);
    long[] openAtOnce = new long[1];
    long end = System.nanoTime() + load.toNanos();
    for (int i = 0; i < connections; i++) {
      Thread client =
          new Thread(
              () -> {
                try (Socket socket = connect(agent.base())) {
                  socket.setSoTimeout((int) ANSWER_BOUND.multipliedBy(5).toMillis());
                  allOpen.countDown();
                  allOpen.await();
                  while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    int status = exchange(socket, GET_HEALTH);
                    worstNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
                    if (status == 200) {
                      answered.incrementAndGet();
                    } else {
                      throw new IOException("status " + status);
                    }
                    Thread.sleep(200);
                  }
                } catch (IOException | InterruptedException | RuntimeException e) {
                  failed.incrementAndGet();
                  synchronized (failures) {
                    failures.add(e.toString());
                  }
                  allOpen.countDown();
                } finally {
                  done.countDown();
                }
              });
      client.setDaemon(true);
      client.start();
    }
    allOpen.await();
    openAtOnce[0] = descriptors(agent.pid()) - descriptorsBefore;
    done.await();
    long descriptorsAfter = descriptorsBefore;
    long settle = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    do {
      Thread.sleep(100);
      descriptorsAfter = descriptors(agent.pid());
    } while (descriptorsAfter > descriptorsBefore && System.nanoTime() < settle);

    System.out.printf(
        "HttpDrillIT 500 connections: %d answers in %d s, %d failed, slowest %d ms;"
            + " agent descriptors before %d, under load +%d, after %d%n",
        answered.get(),
        load.toSeconds(),
        failed.get(),
        worstNanos.get() / 1_000_000,
        descriptorsBefore,
        openAtOnce[0],
        descriptorsAfter);
    assertThat(failures).isEmpty();
    assertThat(openAtOnce[0])
        .as("the agent held every connection")
        .isGreaterThanOrEqualTo(connections);
    assertThat(answered.get()).isGreaterThanOrEqualTo(connections);
    // at most as many as before: a descriptor the agent had open for its own reasons may be gone
    assertThat(descriptorsAfter).isLessThanOrEqualTo(descriptorsBefore);
    assertThat(agent.get("/v1/health").statusCode()).isEqualTo(200);
  }

  private static Socket connect(URI base) throws IOException {
    return new Socket(base.getHost(), base.getPort());
  }

  /** One more header byte; true when the server has closed the connection. */
  private static boolean isCut(Socket socket) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write('X');
      out.flush();
      return socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException stillWaiting) {
      return false;
    } catch (SocketException reset) {
      return true;
    } catch (IOException e) {
      return true;
    }
  }

  private static long timedHealth() throws IOException {
    try (Socket socket = connect(agent.base())) {
      socket.setSoTimeout((int) ANSWER_BOUND.multipliedBy(5).toMillis());
      long started = System.nanoTime();
      int status = exchange(socket, "GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
      long took = System.nanoTime() - started;
      assertThat(status).isEqualTo(200);
      return took;
    }
  }

  /** Sends one request and reads its whole answer; the status code. */
  private static int exchange(Socket socket, String request) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    String status = line(in);
    long length = 0;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Long.parseLong(header.substring(15).trim());
      }
    }
    in.readNBytes((int) length);
    return Integer.parseInt(status.split(" ")[1]);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the agent closed the connection");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static long descriptors(long pid) throws IOException {
    try (Stream<Path> open = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      return open.count();
    }
  }
}
