package dev.sessionhost.adapter.in.broker;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The broker's HTTP API on Jetty 12's core server (no servlets): keep-alive HTTP/1.1 on the
 * configured address, each request read whole (up to the body limit) and handed to {@link
 * BrokerEndpoints} on a pool thread, which may block on the database.
 *
 * <p>Except the usual heartbeat: one whose body has arrived with its headers and that needs no read
 * of the database is read and queued for its commit on the thread that took it from the socket, and
 * answered by the database's writer once the commit is durable. No thread waits for it, and none is
 * woken for it: with a thread parked per heartbeat until its commit, switching threads was a large
 * part of the broker's CPU (see benchmarks/RESULTS.md). The rest goes to the pool.
 *
 * <p>Jetty rather than the JDK's server: heartbeats wait for a durable commit, so many must be in
 * flight at once, and Jetty's selector and thread pool serve them without one thread per
 * connection; the commit message that chose it has the measurement.
 */
public final class BrokerHttpServer implements AutoCloseable {

  private final BrokerHttpSettings settings;
  private final BrokerEndpoints endpoints;
  private final Server server;
  private final ServerConnector connector;
  private final QueuedThreadPool threads;

  public BrokerHttpServer(BrokerHttpSettings settings, BrokerUseCases cases) {
    this.settings = settings;
    this.endpoints =
        new BrokerEndpoints(cases, new BrokerMetrics(cases.counts()), settings.adminToken());
    threads = new QueuedThreadPool(settings.threads(), 4);
    threads.setName("sessionhost-broker-http");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    // the parser's header cache keeps values seen before on a connection; every host's bearer
    // credential differs, so it only filled up and was cleared again and again (7 % of the CPU)
    http.setHeaderCacheSize(0);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(settings.bind().getHostAddress());
    connector.setPort(settings.port());
    connector.setAcceptQueueSize(1024);
    server.addConnector(connector);
    server.setHandler(new Api());
    server.setStopTimeout(2000);
  }

  /** Starts listening; {@link #uri()} then says where. */
  public void start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot listen on "
              + settings.bind().getHostAddress()
              + ":"
              + settings.port()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The base URI the API answers on. */
  public URI uri() {
    String host = settings.bind().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + connector.getLocalPort());
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping is best effort: the process is about to end
    }
  }

  private final class Api extends Handler.Abstract {

    Api() {
      // it never waits itself: whatever may wait runs on a pool thread
      super(InvocationType.NON_BLOCKING);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
        throws IOException {
      long declared = request.getLength();
      if (declared > 0
          && declared <= settings.maxBodyBytes()
          && "POST".equals(request.getMethod())
          && "/v1/heartbeat".equals(Request.getPathInContext(request))) {
        byte[] body = new byte[(int) declared];
        int filled = fill(request, body, 0, false);
        if (filled == body.length) {
          endpoints
              .heartbeatWithoutWaiting(authorization(request), body, threads)
              .whenComplete(
                  (reply, failure) -> {
                    if (failure != null) {
                      Response.writeError(request, response, callback, unwrapped(failure));
                    } else {
                      send(response, reply, callback);
                    }
                  });
        } else {
          threads.execute(() -> answer(request, response, callback, body, filled));
        }
        return true;
      }
      threads.execute(() -> answer(request, response, callback, null, 0));
      return true;
    }

    /**
     * Answers on a pool thread, waiting for the rest of the body and the database as needed.
     *
     * @param body the body read so far ({@code filled} bytes of it), or null when none was
     */
    private void answer(
        Request request, Response response, Callback callback, byte[] body, int filled) {
      try {
        Reply reply;
        long declared = request.getLength();
        if (declared > settings.maxBodyBytes()) {
          reply = tooLarge(declared);
        } else {
          byte[] whole = body == null ? read(request) : readRest(request, body, filled);
          if (whole == null) {
            reply = tooLarge(-1);
          } else {
            reply =
                endpoints.handle(
                    request.getMethod(),
                    Request.getPathInContext(request),
                    query(request),
                    authorization(request),
                    whole,
                    base(request));
          }
        }
        send(response, reply, callback);
      } catch (Throwable failure) {
        Response.writeError(request, response, callback, failure);
      }
    }

    private void send(Response response, Reply reply, Callback callback) {
      response.setStatus(reply.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
      response.getHeaders().put("X-Content-Type-Options", "nosniff");
      if (reply.contentType().startsWith("text/html")) {
        response.getHeaders().put("Content-Security-Policy", Portal.CONTENT_SECURITY_POLICY);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      }
      if (reply.status() == 401) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"sessionhost\"");
      }
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
      response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    private static String authorization(Request request) {
      HttpField authorization = request.getHeaders().getField(HttpHeader.AUTHORIZATION);
      return authorization == null ? null : authorization.getValue();
    }

    private static Throwable unwrapped(Throwable failure) {
      return failure instanceof java.util.concurrent.CompletionException
              && failure.getCause() != null
          ? failure.getCause()
          : failure;
    }

    private Reply tooLarge(long declared) {
      return Reply.error(
          413,
          "REQUEST_TOO_LARGE",
          "the body "
              + (declared > 0 ? "of " + declared + " bytes " : "")
              + "is over the limit of "
              + settings.maxBodyBytes()
              + " bytes");
    }

    /** The body, or null when it runs over the limit. */
    private byte[] read(Request request) throws IOException {
      long declared = request.getLength();
      if (declared == 0) {
        return new byte[0];
      }
      if (declared > 0) {
        // the usual case: read exactly what was declared, straight from Jetty's buffers
        return readRest(request, new byte[(int) declared], 0);
      }
      try (InputStream in = Request.asInputStream(request)) {
        byte[] body = in.readNBytes(settings.maxBodyBytes() + 1);
        return body.length > settings.maxBodyBytes() ? null : body;
      }
    }

    /** Fills {@code body} from {@code filled} on, waiting for Jetty; shorter if the body ends. */
    private byte[] readRest(Request request, byte[] body, int filled) throws IOException {
      filled = fill(request, body, filled, true);
      return filled == body.length ? body : java.util.Arrays.copyOf(body, filled);
    }

    /**
     * Copies the body into {@code body} from {@code filled} on, straight from Jetty's buffers,
     * until it is full or the body ends, waiting for more when {@code wait} (on a pool thread
     * only); otherwise it stops where Jetty has nothing more yet, or has a failure (for a waiting
     * read to meet). Returns how much of {@code body} is filled.
     */
    private int fill(Request request, byte[] body, int filled, boolean wait) throws IOException {
      while (filled < body.length) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          if (!wait) {
            return filled;
          }
          chunk = awaitChunk(request);
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (!wait) {
            return filled;
          }
          throw new IOException(chunk.getFailure());
        }
        ByteBuffer buffer = chunk.getByteBuffer();
        int take = Math.min(buffer.remaining(), body.length - filled);
        buffer.get(body, filled, take);
        filled += take;
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          break;
        }
      }
      return filled;
    }

    /** Blocks this (pool) thread until Jetty has more of the body. */
    private Content.Chunk awaitChunk(Request request) throws IOException {
      java.util.concurrent.CompletableFuture<Void> more =
          new java.util.concurrent.CompletableFuture<>();
      request.demand(() -> more.complete(null));
      try {
        more.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading the body", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException(e.getCause());
      }
      Content.Chunk chunk = request.read();
      return chunk == null ? awaitChunk(request) : chunk;
    }

    private Map<String, String> query(Request request) {
      if (request.getHttpURI().getQuery() == null) {
        return Map.of();
      }
      Map<String, String> query = new LinkedHashMap<>();
      Fields fields = Request.extractQueryParameters(request);
      for (Fields.Field field : fields) {
        query.put(field.getName(), field.getValue());
      }
      return query;
    }

    private String base(Request request) {
      return request.getHttpURI().getScheme()
          + "://"
          + Request.getServerName(request)
          + ":"
          + Request.getServerPort(request);
    }
  }
}
