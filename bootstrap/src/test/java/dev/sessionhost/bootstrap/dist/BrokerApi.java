package dev.sessionhost.bootstrap.dist;

import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A test's client of a running broker's REST API, with its admin token. */
final class BrokerApi {

  private final HttpClient http =
      HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
  private final URI base;
  private final String adminToken;

  BrokerApi(URI base, String adminToken) {
    this.base = base;
    this.adminToken = adminToken;
  }

  URI base() {
    return base;
  }

  HttpResponse<String> send(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> admin(String method, String path, String body)
      throws IOException, InterruptedException {
    return send(method, path, adminToken, body);
  }

  static JsonNode json(HttpResponse<String> response) {
    return WireJson.MAPPER.readTree(response.body());
  }

  /** Every host of the default pool, following nextLink. */
  List<JsonNode> hosts() throws IOException, InterruptedException {
    List<JsonNode> hosts = new ArrayList<>();
    String path = "/v1/hostPools/default/sessionHosts?pageSize=1000";
    while (path != null) {
      HttpResponse<String> page = admin("GET", path, null);
      if (page.statusCode() != 200) {
        throw new AssertionError("GET " + path + ": " + page.statusCode() + " " + page.body());
      }
      JsonNode body = json(page);
      body.get("value").forEach(hosts::add);
      JsonNode next = body.get("nextLink");
      path = next == null || next.isNull() ? null : URI.create(next.asString()).toString();
    }
    return hosts;
  }

  /** The default pool's host of this name, as the broker shows it, if it has one. */
  Optional<JsonNode> host(String name) throws IOException, InterruptedException {
    HttpResponse<String> got = admin("GET", "/v1/hostPools/default/sessionHosts/" + name, null);
    if (got.statusCode() == 404) {
      return Optional.empty();
    }
    if (got.statusCode() != 200) {
      throw new AssertionError("GET host " + name + ": " + got.statusCode() + " " + got.body());
    }
    return Optional.of(json(got));
  }

  static String status(JsonNode host) {
    return host.get("properties").get("status").asString();
  }

  /** Polls the host until {@code wanted} holds; fails the test after {@code limit}. */
  JsonNode await(String name, Predicate<JsonNode> wanted, String what, Duration limit)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    Optional<JsonNode> last = Optional.empty();
    while (System.nanoTime() < deadline) {
      last = host(name);
      if (last.isPresent() && wanted.test(last.get())) {
        return last.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "host " + name + " never became " + what + " within " + limit + "; last: " + last);
  }

  JsonNode awaitStatus(String name, String status, Duration limit)
      throws IOException, InterruptedException {
    return await(name, h -> status.equals(status(h)), status, limit);
  }

  /** The host's history, oldest first. */
  List<JsonNode> history(String name) throws IOException, InterruptedException {
    HttpResponse<String> got =
        admin("GET", "/v1/hostPools/default/sessionHosts/" + name + "/history", null);
    if (got.statusCode() != 200) {
      throw new AssertionError("history of " + name + ": " + got.statusCode() + " " + got.body());
    }
    List<JsonNode> changes = new ArrayList<>();
    json(got).get("value").forEach(changes::add);
    return changes;
  }

  /** A new registration token of the default pool. */
  String registrationToken() throws IOException, InterruptedException {
    HttpResponse<String> issued =
        admin("POST", "/v1/hostPools/default/registrationTokens", "{\"expiresIn\":\"24h\"}");
    if (issued.statusCode() / 100 != 2) {
      throw new AssertionError("issuing a token: " + issued.statusCode() + " " + issued.body());
    }
    return json(issued).get("token").asString();
  }
}
