package dev.sessionhost.adapter.in.http;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A real API on a free loopback port, over the fakes, with a client that speaks to it. */
final class ApiHarness implements AutoCloseable {

  static final String TOKEN = "3f9c1b7e-admin-token";
  static final long MAX_REQUEST = 1024;
  static final long MAX_UPLOAD = 8192;

  final Fakes fakes = new Fakes();
  final SnapshotCache snapshots = new SnapshotCache(fakes, fakes, "1.2.3");
  final AgentMetrics metrics = new AgentMetrics();
  final AgentHttpApi api;
  final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  ApiHarness(Path uploadDir) {
    this(uploadDir, Optional.of(TOKEN));
  }

  ApiHarness(Path uploadDir, Optional<String> token) {
    this(uploadDir, token, HttpApiSettings.DEFAULT_HEADER_TIMEOUT);
  }

  ApiHarness(Path uploadDir, Optional<String> token, Duration headerTimeout) {
    HttpApiSettings settings =
        new HttpApiSettings(
            InetAddress.getLoopbackAddress(),
            0,
            token,
            MAX_REQUEST,
            MAX_UPLOAD,
            uploadDir,
            "1.2.3",
            headerTimeout);
    api = new AgentHttpApi(settings, fakes.endpoints(), snapshots, metrics);
    api.start();
    base = api.uri();
  }

  void publish(HostHealth health) {
    publish(health, Optional.empty());
  }

  void publish(HostHealth health, Optional<StatusChange> change) {
    snapshots.publish(health, change);
    metrics.publish(health, change);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  HttpRequest.Builder admin(String path) {
    return request(path).header("Authorization", "Bearer " + TOKEN);
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return WireJson.MAPPER.readTree(response.body());
  }

  @Override
  public void close() {
    api.close();
  }
}
