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
 * BrokerEndpoints} on a pool thread, which may block on a database commit.
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

  public BrokerHttpServer(BrokerHttpSettings settings, BrokerUseCases cases) {
    this.settings = settings;
    this.endpoints =
        new BrokerEndpoints(cases, new BrokerMetrics(cases.counts()), settings.adminToken());
    QueuedThreadPool threads = new QueuedThreadPool(settings.threads(), 4);
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
      super(InvocationType.BLOCKING);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      Reply reply;
      long declared = request.getLength();
      if (declared > settings.maxBodyBytes()) {
        reply = tooLarge(declared);
      } else {
        byte[] body = read(request);
        if (body == null) {
          reply = tooLarge(-1);
        } else {
          HttpField authorization = request.getHeaders().getField(HttpHeader.AUTHORIZATION);
          reply =
              endpoints.handle(
                  request.getMethod(),
                  Request.getPathInContext(request),
                  query(request),
                  authorization == null ? null : authorization.getValue(),
                  body,
                  base(request));
        }
      }
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
      return true;
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
        byte[] body = new byte[(int) declared];
        int filled = 0;
        while (filled < body.length) {
          Content.Chunk chunk = request.read();
          if (chunk == null) {
            chunk = awaitChunk(request);
          }
          if (Content.Chunk.isFailure(chunk)) {
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
        return filled == body.length ? body : java.util.Arrays.copyOf(body, filled);
      }
      try (InputStream in = Request.asInputStream(request)) {
        byte[] body = in.readNBytes(settings.maxBodyBytes() + 1);
        return body.length > settings.maxBodyBytes() ? null : body;
      }
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
