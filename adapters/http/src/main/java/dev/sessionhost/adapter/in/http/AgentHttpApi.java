package dev.sessionhost.adapter.in.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The agent's local HTTP API on the JDK's built-in server: the health snapshot, the Azure resource,
 * the history, the plugins and the metrics for anyone who can reach the address, and the admin
 * requests (run a cycle, install, upgrade or remove a plugin) for holders of the admin token.
 *
 * <p>Reads are served from the cached snapshot by a few threads; admin requests, which run checks,
 * wait their turn on a thread of their own so that reads never queue behind them.
 */
public final class AgentHttpApi implements AutoCloseable {

  private static final int REQUEST_THREADS = 4;
  private static final int BACKLOG = 128;

  private final HttpApiSettings settings;
  private final AgentEndpoints endpoints;
  private final SnapshotCache snapshots;
  private final AgentMetrics metrics;
  private HttpServer server;
  private ExecutorService requests;
  private ExecutorService admin;

  public AgentHttpApi(
      HttpApiSettings settings,
      AgentEndpoints endpoints,
      SnapshotCache snapshots,
      AgentMetrics metrics) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  /**
   * Binds the address and starts serving.
   *
   * @return the port bound, the chosen one when the settings ask for any free port
   * @throws UncheckedIOException when the address cannot be bound
   */
  public synchronized int start() {
    if (server != null) {
      throw new IllegalStateException("the HTTP API is already started");
    }
    ServerTuning.apply();
    InetSocketAddress address = new InetSocketAddress(settings.bind(), settings.port());
    HttpServer created;
    try {
      created = HttpServer.create(address, BACKLOG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
    requests = Executors.newFixedThreadPool(REQUEST_THREADS, new DaemonThreads("sessionhost-http"));
    admin = Executors.newSingleThreadExecutor(new DaemonThreads("sessionhost-http-admin"));
    created.createContext(
        "/",
        new Router(
            routes(),
            new AdminToken(settings.adminToken()),
            admin,
            "sessionhost/" + settings.agentVersion()));
    created.setExecutor(requests);
    created.start();
    server = created;
    return port();
  }

  /** The port bound; only once started. */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("the HTTP API is not started");
    }
    return server.getAddress().getPort();
  }

  /**
   * The API's base address for a client on this host, such as {@code http://127.0.0.1:8765}; only
   * once started.
   */
  public synchronized URI uri() {
    // a wildcard bind is reached through loopback by a client on this host
    InetAddress address =
        settings.bind().isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : settings.bind();
    String host = address.getHostAddress();
    if (address instanceof Inet6Address) {
      host = "[" + host.replaceFirst("%.*$", "") + "]";
    }
    return URI.create("http://" + host + ":" + port());
  }

  /** Stops at once: open exchanges are cut, admin work in progress is interrupted. */
  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    server.stop(0);
    requests.shutdownNow();
    admin.shutdownNow();
    server = null;
  }

  private List<Route> routes() {
    HealthEndpoints health = new HealthEndpoints(snapshots, endpoints.cycle());
    HistoryEndpoint history = new HistoryEndpoint(endpoints.history());
    PluginEndpoints plugins =
        new PluginEndpoints(
            endpoints.plugins(), endpoints.upgrade(), endpoints.remove(), settings.uploadDir());
    long small = settings.maxRequestBytes();
    long jar = settings.maxUploadBytes();
    return List.of(
        Route.read("/v1/health", health::health),
        Route.read("/v1/health/checks/{id}", health::check),
        Route.read("/v1/sessionhost", health::sessionHost),
        Route.read("/v1/history", history::recent),
        Route.read("/v1/plugins", plugins::list),
        Route.read("/metrics", this::metrics),
        Route.admin("/v1/cycle", "POST", small, health::runCycle),
        Route.admin("/v1/plugins/upgrade", "POST", jar, plugins::upgrade),
        Route.admin("/v1/plugins/install", "POST", jar, plugins::install),
        Route.admin("/v1/plugins/{id}", "DELETE", small, plugins::remove));
  }

  private Response metrics(Request request) throws IOException {
    return new Response(200, AgentMetrics.CONTENT_TYPE, metrics.scrape(), Map.of());
  }
}
