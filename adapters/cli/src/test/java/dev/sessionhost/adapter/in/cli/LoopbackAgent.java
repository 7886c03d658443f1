package dev.sessionhost.adapter.in.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on loopback standing in for a running agent: answers each "METHOD path" with
 * the code and body a test sets, and records the requests with their admin header and body size.
 */
final class LoopbackAgent implements AutoCloseable {

  record Answer(int code, String body) {}

  record Request(String method, String path, String authorization, long bodyBytes) {}

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final HttpServer server;

  LoopbackAgent() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          long size;
          try (InputStream in = exchange.getRequestBody()) {
            size = in.readAllBytes().length;
          }
          String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  size));
          Answer answer =
              answers.getOrDefault(key, new Answer(404, "{\"error\":{\"message\":\"no\"}}"));
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.code(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  LoopbackAgent answer(String methodAndPath, int code, String body) {
    answers.put(methodAndPath, new Answer(code, body));
    return this;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
