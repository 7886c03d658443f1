package dev.sessionhost.adapter.in.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks a running agent over its local HTTP API. Never through a proxy: the agent is on this host.
 */
final class AgentClient {

  private static final Duration CONNECT = Duration.ofSeconds(2);

  /** Generous: an upgrade runs the new checks once, each with its own timeout. */
  private static final Duration ANSWER = Duration.ofMinutes(2);

  private final AgentAddress address;
  private final HttpClient http;

  AgentClient(AgentAddress address) {
    this.address = address;
    this.http =
        HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(CONNECT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  AgentAddress address() {
    return address;
  }

  /** A GET of {@code path}; empty when nothing listens there. */
  Optional<HttpResponse<String>> get(String path) throws AgentUnreachableException {
    return send(HttpRequest.newBuilder(address.resolve(path)).GET());
  }

  /** Whether an agent answers at the address at all. */
  boolean answers() {
    try {
      return get("/v1/health").isPresent();
    } catch (AgentUnreachableException e) {
      return false;
    }
  }

  /** An admin POST of a file's bytes to {@code path}. */
  Optional<HttpResponse<String>> postFile(String path, Path file)
      throws AgentUnreachableException, IOException {
    HttpRequest.Builder request =
        admin(HttpRequest.newBuilder(address.resolve(path)))
            .header("Content-Type", "application/java-archive")
            .header("X-Plugin-File", String.valueOf(file.getFileName()))
            .POST(HttpRequest.BodyPublishers.ofFile(file));
    return send(request);
  }

  /** An admin POST without a body. */
  Optional<HttpResponse<String>> post(String path) throws AgentUnreachableException {
    return send(admin(HttpRequest.newBuilder(address.resolve(path))).POST(noBody()));
  }

  /** An admin DELETE. */
  Optional<HttpResponse<String>> delete(String path) throws AgentUnreachableException {
    return send(admin(HttpRequest.newBuilder(address.resolve(path))).DELETE());
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private HttpRequest.Builder admin(HttpRequest.Builder request) {
    address.adminToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
    return request;
  }

  private Optional<HttpResponse<String>> send(HttpRequest.Builder request)
      throws AgentUnreachableException {
    try {
      return Optional.of(
          http.send(
              request.timeout(ANSWER).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (ConnectException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new AgentUnreachableException(
          "the agent at " + address.base() + " did not answer: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentUnreachableException("interrupted while asking the agent", e);
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
