package dev.sessionhost.adapter.out.linux;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on loopback standing in for the instance metadata service. */
final class MetadataStandIn implements AutoCloseable {

  static final String COMPUTE =
      "{\"azEnvironment\":\"AzurePublicCloud\",\"location\":\"westeurope\",\"name\":\"avd-host-0\","
          + "\"vmId\":\"02aab8a4-74ef-476e-8182-f6d2ba4166a6\",\"vmSize\":\"Standard_D4s_v5\"}";
  static final String NO_VM_ID = "{\"location\":\"westeurope\",\"name\":\"avd-host-0\"}";

  /** How long {@code /slow} takes to answer: far longer than any timeout a test sets. */
  static final Duration SLOW_ANSWER = Duration.ofSeconds(30);

  /** The {@code Metadata} header of every request received, "(none)" when absent. */
  final Queue<String> metadataHeaders = new ConcurrentLinkedQueue<>();

  private final HttpServer server;
  private final ExecutorService workers = Executors.newCachedThreadPool();

  MetadataStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(workers);
    server.createContext("/metadata/instance/compute", exchange -> reply(exchange, 200, COMPUTE));
    server.createContext("/novmid", exchange -> reply(exchange, 200, NO_VM_ID));
    server.createContext("/missing", exchange -> reply(exchange, 404, "not here"));
    server.createContext("/broken", exchange -> reply(exchange, 500, "internal error"));
    server.createContext("/huge", exchange -> reply(exchange, 200, "y".repeat(1024 * 1024)));
    server.createContext(
        "/slow",
        exchange -> {
          try {
            Thread.sleep(SLOW_ANSWER.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply(exchange, 200, COMPUTE);
        });
    server.start();
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void reply(HttpExchange exchange, int status, String body) throws IOException {
    String header = exchange.getRequestHeaders().getFirst("Metadata");
    metadataHeaders.add(header == null ? "(none)" : header);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // the client hung up, as a capped or timed-out client does
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
