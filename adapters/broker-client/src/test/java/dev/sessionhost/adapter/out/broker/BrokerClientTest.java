package dev.sessionhost.adapter.out.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The broker client against a real HTTP server on loopback standing in for the broker: it answers
 * registrations with a credential and heartbeats with 200, drops a sequence it already has, and can
 * be stopped and started again on the same port, or made to hang.
 */
class BrokerClientTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** How long a hanging broker holds a heartbeat at most: longer than any timeout a test sets. */
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path state;

  private final List<String> statuses = new CopyOnWriteArrayList<>();
  private final List<Long> sequences = new CopyOnWriteArrayList<>();
  private final List<BrokerLink> links = new CopyOnWriteArrayList<>();
  private final AtomicLong registrations = new AtomicLong();
  private final AtomicLong last = new AtomicLong();
  private final CountDownLatch hang = new CountDownLatch(1);
  private volatile boolean hanging;
  private HttpServer broker;
  private int port;
  private BrokerClient client;
  private Instant time = Instant.parse("2026-12-01T10:00:00Z");

  private void startBroker(int onPort) throws IOException {
    broker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
    broker.createContext("/v1/register", this::register);
    broker.createContext("/v1/heartbeat", this::heartbeat);
    broker.start();
    port = broker.getAddress().getPort();
  }

  private void register(HttpExchange exchange) throws IOException {
    registrations.incrementAndGet();
    JsonNode request = WireJson.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
    answer(
        exchange,
        200,
        "{\"hostPool\":\"default\",\"name\":\""
            + request.get("name").asString()
            + "\",\"credential\":\"secret-1\"}");
  }

  private void heartbeat(HttpExchange exchange) throws IOException {
    if (hanging) {
      try {
        hang.await(HANG.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!"Bearer secret-1".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      answer(exchange, 401, "{\"error\":{\"code\":\"INVALID_CREDENTIAL\",\"message\":\"no\"}}");
      return;
    }
    JsonNode body = WireJson.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
    long sequence = body.get("sequence").asLong();
    synchronized (this) {
      if (sequence > last.get()) {
        last.set(sequence);
        sequences.add(sequence);
        statuses.add(body.get("health").get("status").asString());
      }
    }
    answer(exchange, 200, "{\"repeated\":false}");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private BrokerClient client(String token) {
    return client(token, Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  private BrokerClient client(String token, Duration flushOnClose, Duration requestTimeout) {
    BrokerClientSettings settings =
        new BrokerClientSettings(
            URI.create("http://127.0.0.1:" + port),
            token,
            state,
            "1.0",
            "Linux",
            Duration.ofMillis(20),
            Duration.ofMillis(200),
            100,
            flushOnClose,
            requestTimeout);
    BrokerClient created = new BrokerClient(settings, links::add, Clock.systemUTC());
    created.start();
    return created;
  }

  private HostHealth health(SessionHostStatus status) {
    time = time.plusSeconds(1);
    return HostHealth.first(
        "host-1", new StatusDecision(status, List.of(), List.of()), UpdateStatus.INITIAL, time);
  }

  private void publish(SessionHostStatus status, boolean change) {
    client.publish(
        health(status),
        change
            ? Optional.of(
                new StatusChange(
                    status == SessionHostStatus.UNAVAILABLE
                        ? SessionHostStatus.AVAILABLE
                        : SessionHostStatus.UNAVAILABLE,
                    status,
                    time,
                    List.of()))
            : Optional.empty());
  }

  private void awaitDelivered(int count) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (System.nanoTime() < deadline && (statuses.size() < count || client.waiting() > 0)) {
      Thread.sleep(10);
    }
    assertThat(statuses).hasSizeGreaterThanOrEqualTo(count);
  }

  /** Waits until the client has a problem to tell; the problem. */
  private String awaitProblem() throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (System.nanoTime() < deadline && client.problem().isEmpty()) {
      Thread.sleep(10);
    }
    return client.problem();
  }

  @AfterEach
  void stop() {
    hanging = false;
    hang.countDown();
    if (client != null) {
      client.close();
    }
    if (broker != null) {
      broker.stop(0);
    }
  }

  @Test
  void registersOnceKeepsTheCredentialPrivateAndSaysTheBrokerWasReached() throws Exception {
    startBroker(0);
    client = client("token");
    publish(SessionHostStatus.AVAILABLE, true);
    awaitDelivered(1);

    assertThat(registrations.get()).isEqualTo(1);
    assertThat(Files.getPosixFilePermissions(state.resolve(CredentialFile.FILE)))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(links).containsExactly(BrokerLink.REACHED);

    client.close();
    links.clear();
    client = client("token");
    publish(SessionHostStatus.AVAILABLE, false);
    awaitDelivered(2);
    assertThat(registrations.get()).as("registered again").isEqualTo(1);
    assertThat(links)
        .as("reached, known from the state folder")
        .containsExactly(BrokerLink.REACHED);
  }

  @Test
  void whileTheBrokerIsDownChangesWaitAndArriveInOrderNoneTwiceUnchangedOnesCollapsed()
      throws Exception {
    startBroker(0);
    int fixed = port;
    client = client("token");
    publish(SessionHostStatus.AVAILABLE, true);
    awaitDelivered(1);
    broker.stop(0);

    publish(SessionHostStatus.NEEDS_ASSISTANCE, true);
    publish(SessionHostStatus.NEEDS_ASSISTANCE, false);
    publish(SessionHostStatus.NEEDS_ASSISTANCE, false);
    publish(SessionHostStatus.UNAVAILABLE, true);
    publish(SessionHostStatus.UNAVAILABLE, false);
    publish(SessionHostStatus.UNAVAILABLE, false);
    assertThat(awaitProblem()).contains("cannot reach the broker");

    startBroker(fixed);
    awaitDelivered(4);

    assertThat(statuses)
        .containsExactly("Available", "NeedsAssistance", "Unavailable", "Unavailable");
    assertThat(sequences).isSorted().doesNotHaveDuplicates();
    assertThat(client.problem()).isEmpty();
  }

  @Test
  void reportsSurviveACrashOfTheAgentAndACutLastLineIsSkipped() throws Exception {
    startBroker(0);
    int fixed = port;
    broker.stop(0);
    client = client("token");
    publish(SessionHostStatus.AVAILABLE, true);
    publish(SessionHostStatus.NEEDS_ASSISTANCE, true);
    // the agent dies here: nothing closed; then a write was cut half way
    Files.writeString(
        state.resolve(Outbox.FILE),
        "{\"sequence\":9999999999999999,\"cha",
        StandardOpenOption.APPEND);
    BrokerClient crashed = client;

    startBroker(fixed);
    client = client("token");
    awaitDelivered(2);
    crashed.close();

    assertThat(statuses).containsExactly("Available", "NeedsAssistance");
  }

  @Test
  void publishReturnsAtOnceWhileTheBrokerHangsAndCloseIsBounded() throws Exception {
    Duration flushOnClose = Duration.ofSeconds(1);
    Duration requestTimeout = Duration.ofSeconds(30);
    startBroker(0);
    hanging = true;
    client = client("token", flushOnClose, requestTimeout);

    long started = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      publish(SessionHostStatus.AVAILABLE, i % 5 == 0);
    }
    Duration publishing = Duration.ofNanos(System.nanoTime() - started);
    long closing = System.nanoTime();
    client.close();
    Duration closed = Duration.ofNanos(System.nanoTime() - closing);
    client = null;

    // a publish that waited for the hanging broker would take the 30 s request timeout; a close
    // that did would too, where its own bound is the 1 s flush plus half a second to join
    assertThat(publishing).isLessThan(requestTimeout.dividedBy(3));
    assertThat(closed).isLessThan(requestTimeout.dividedBy(3));
  }

  @Test
  void closeDeliversTheLastReportTheShutdown() throws Exception {
    startBroker(0);
    client = client("token");
    publish(SessionHostStatus.AVAILABLE, true);
    publish(SessionHostStatus.SHUTDOWN, true);
    client.close();
    client = null;

    assertThat(statuses).endsWith("Shutdown");
  }

  @Test
  void aRefusedCredentialIsReportedOnceAsOneProblemNotOnEveryTry() throws Exception {
    startBroker(0);
    Files.writeString(
        state.resolve(CredentialFile.FILE),
        "{\"url\":\"x\",\"hostPool\":\"default\",\"name\":\"host-1\",\"credential\":\"revoked\",\"reached\":true}");
    client = client("");
    publish(SessionHostStatus.AVAILABLE, true);

    assertThat(awaitProblem())
        .contains("refused this host's credential")
        .contains("INVALID_CREDENTIAL");
    assertThat(statuses).isEmpty();
    assertThat(client.waiting()).isEqualTo(1);
  }
}
