package dev.sessionhost.adapter.in.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The agent's local HTTP API on Jetty 12's core server (no servlets): the health snapshot, the
 * Azure resource, the history, the plugins and the metrics for anyone who can reach the address,
 * and the admin requests (run a cycle, install, upgrade or remove a plugin) for holders of the
 * admin token.
 *
 * <p>Reads are served from the cached snapshot by a few threads; admin requests, which run checks,
 * wait their turn on a thread of their own so that reads never queue behind them. Jetty reads
 * request heads without holding a thread, so clients that send slowly cost a socket, not a thread,
 * and {@link HeaderTimeout} closes them after the configured time.
 */
public final class AgentHttpApi implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(AgentHttpApi.class.getName());

  /** Jetty's pool: one selector, one acceptor, and the threads that answer reads. */
  private static final int REQUEST_THREADS = 8;

  private static final int BACKLOG = 128;

  /** How long a connection may block the server in the middle of a request or an answer. */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private final HttpApiSettings settings;
  private final AgentEndpoints endpoints;
  private final SnapshotCache snapshots;
  private final AgentMetrics metrics;
  private Server server;
  private ServerConnector connector;
  private HeaderTimeout headerTimeout;
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
    QueuedThreadPool threads = new QueuedThreadPool(REQUEST_THREADS, 2);
    threads.setName("sessionhost-http");
    threads.setDaemon(true);
    // no threads kept in reserve for the selector to hand work to: the agent is small and idle
    threads.setReservedThreads(0);
    Server created = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // the defaults (8 KiB) would do; a little more room for long bearer tokens
    http.setRequestHeaderSize(16 * 1024);
    ServerConnector connector = new ServerConnector(created, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(settings.bind().getHostAddress());
    connector.setPort(settings.port());
    connector.setAcceptQueueSize(BACKLOG);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    HeaderTimeout headers = new HeaderTimeout(settings.headerTimeout(), System::nanoTime);
    connector.addEventListener(headers);
    created.addConnector(connector);
    String serverHeader = "sessionhost/" + settings.agentVersion();
    admin = Executors.newSingleThreadExecutor(new DaemonThreads("sessionhost-http-admin"));
    created.setHandler(
        new Router(routes(), new AdminToken(settings.adminToken()), admin, serverHeader, headers));
    created.setErrorHandler(new ErrorBodies(serverHeader));
    created.setStopTimeout(0);
    try {
      created.start();
    } catch (Exception e) {
      admin.shutdownNow();
      stopQuietly(created);
      InetSocketAddress address = new InetSocketAddress(settings.bind(), settings.port());
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), io);
      }
      throw new IllegalStateException("cannot start the HTTP API on " + address, e);
    }
    headers.start(connector.getScheduler());
    server = created;
    this.connector = connector;
    this.headerTimeout = headers;
    return port();
  }

  /** The port bound; only once started. */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("the HTTP API is not started");
    }
    return connector.getLocalPort();
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
    headerTimeout.stop();
    stopQuietly(server);
    admin.shutdownNow();
    server = null;
    connector = null;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping is best effort: the threads are daemons and the port goes with the process
      LOG.log(System.Logger.Level.DEBUG, "the HTTP API did not stop cleanly: " + e.getMessage());
    }
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
