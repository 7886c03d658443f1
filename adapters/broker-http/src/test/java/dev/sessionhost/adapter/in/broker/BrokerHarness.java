package dev.sessionhost.adapter.in.broker;

import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.application.service.broker.BrokerHealthService;
import dev.sessionhost.application.service.broker.HeartbeatService;
import dev.sessionhost.application.service.broker.HostRegistrationService;
import dev.sessionhost.application.service.broker.InMemoryBrokerStore;
import dev.sessionhost.application.service.broker.RegistrationTokenService;
import dev.sessionhost.application.service.broker.SessionHostAdminService;
import dev.sessionhost.application.service.broker.SessionHostQueryService;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HeartbeatJson;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The broker's HTTP API on a loopback port over the real services and an in-memory store, with a
 * client that speaks to it.
 */
final class BrokerHarness implements AutoCloseable {

  static final String ADMIN = "admin-token-0123456789abcdef";

  final MutableClock clock = MutableClock.at("2026-12-01T10:00:00Z");
  final InMemoryBrokerStore store = new InMemoryBrokerStore();
  final BrokerHttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  BrokerHarness() {
    this(BrokerHttpSettings.DEFAULT_MAX_BODY_BYTES);
  }

  BrokerHarness(int maxBodyBytes) {
    HeartbeatPolicy policy = new HeartbeatPolicy(Duration.ofSeconds(90));
    SessionHostQueryService queries = new SessionHostQueryService(store, policy, clock);
    SessionHostAdminService admin = new SessionHostAdminService(store, queries);
    HeartbeatService heartbeats = new HeartbeatService(store, policy, clock);
    BrokerUseCases cases =
        new BrokerUseCases(
            queries,
            queries,
            queries,
            queries,
            admin,
            admin,
            new RegistrationTokenService(store, store, clock),
            new HostRegistrationService(store, store, clock),
            heartbeats,
            heartbeats,
            queries,
            new BrokerHealthService(store));
    server =
        new BrokerHttpServer(
            new BrokerHttpSettings(InetAddress.getLoopbackAddress(), 0, ADMIN, maxBodyBytes, 8),
            cases);
    server.start();
  }

  HttpResponse<String> send(String method, String path, String bearer, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri().resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> admin(String method, String path, String body) {
    return send(method, path, ADMIN, body);
  }

  HttpResponse<String> get(String path) {
    return admin("GET", path, null);
  }

  URI uri() {
    return server.uri();
  }

  /** A fresh registration token of the default pool. */
  String token() {
    HttpResponse<String> issued =
        admin("POST", "/v1/hostPools/default/registrationTokens", "{\"expiresIn\":\"24h\"}");
    if (issued.statusCode() != 201) {
      throw new IllegalStateException("no token: " + issued.body());
    }
    return json(issued.body()).get("token").asString();
  }

  /** Registers {@code name} in the default pool; answers its credential. */
  String register(String name) {
    HttpResponse<String> registered =
        send("POST", "/v1/register", null, registration(token(), name));
    if (registered.statusCode() != 200) {
      throw new IllegalStateException("not registered: " + registered.body());
    }
    return json(registered.body()).get("credential").asString();
  }

  HttpResponse<String> heartbeat(
      String credential, String name, long sequence, SessionHostStatus status) {
    return send("POST", "/v1/heartbeat", credential, heartbeatJson(name, sequence, status));
  }

  String heartbeatJson(String name, long sequence, SessionHostStatus status) {
    HostHealth health =
        HostHealth.first(
            name,
            new StatusDecision(status, List.of(), List.of()),
            UpdateStatus.INITIAL,
            clock.instant());
    Heartbeat heartbeat = new Heartbeat(sequence, health, 2, "1.0.0", "Linux 6.1");
    return WireJson.write(HeartbeatJson.from(heartbeat, new HealthReport(health, Map.of())));
  }

  static String registration(String token, String name) {
    return "{\"registrationToken\":\"" + token + "\",\"name\":\"" + name + "\"}";
  }

  static JsonNode json(String text) {
    return WireJson.MAPPER.readTree(text);
  }

  @Override
  public void close() {
    server.close();
  }
}
