package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.ProbeException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends GETs with {@link HttpClient} (HTTP/1.1, no redirects) and turns every way of getting no
 * answer into a {@link ProbeException} that says which.
 *
 * <p>The clients are built on first use, because building one starts a thread: one client goes
 * direct, the other through the proxy selector. The request timeout bounds the exchange; waiting on
 * the result is bounded too, so a body that trickles in cannot hold the caller.
 */
final class JdkHttpGet {

  /** Time allowed beyond the timeout for the client to report its own timeout. */
  private static final Duration MARGIN = Duration.ofMillis(250);

  private final Supplier<ProxySelector> proxies;
  private volatile HttpClient direct;
  private volatile HttpClient proxied;

  JdkHttpGet(Supplier<ProxySelector> proxies) {
    this.proxies = proxies;
  }

  HttpAnswer get(URI uri, Map<String, String> headers, Duration timeout, boolean bypassProxy) {
    HttpEndpoint target = HttpEndpoint.of(uri);
    long started = System.nanoTime();
    if (bypassProxy) {
      resolve(target, timeout); // the client would resolve without a bound
    }
    Duration left = timeout.minusNanos(System.nanoTime() - started);
    if (left.isNegative() || left.isZero()) {
      throw target.noAnswer(timeout, null);
    }
    HttpRequest request = request(uri, headers, left);
    CompletableFuture<HttpResponse<String>> exchange =
        client(bypassProxy).sendAsync(request, CappedBody.handler());
    try {
      HttpResponse<String> response =
          exchange.get(left.plus(MARGIN).toNanos(), TimeUnit.NANOSECONDS);
      return new HttpAnswer(
          response.statusCode(),
          response.headers().map(),
          response.body(),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw target.noAnswer(timeout, e);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new ProbeException("interrupted while waiting for " + target, e);
    } catch (ExecutionException e) {
      throw target.failure(timeout, bypassProxy, e.getCause());
    }
  }

  private static HttpRequest request(URI uri, Map<String, String> headers, Duration timeout) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout);
      headers.forEach(request::header);
      return request.build();
    } catch (IllegalArgumentException e) {
      throw new ProbeException("cannot send GET " + uri + ": " + e.getMessage(), e);
    }
  }

  private static void resolve(HttpEndpoint target, Duration timeout) {
    try {
      BoundedResolver.resolve(target.host(), timeout);
    } catch (UnknownHostException e) {
      throw new ProbeException("cannot resolve " + target.host(), e);
    } catch (TimeoutException e) {
      throw new ProbeException(
          "cannot resolve " + target.host() + " within " + Durations.describe(timeout), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException("interrupted while resolving " + target.host(), e);
    }
  }

  /** Whether a client was built yet: none is until the first request. */
  boolean clientsBuilt() {
    return direct != null || proxied != null;
  }

  private HttpClient client(boolean bypassProxy) {
    HttpClient client = bypassProxy ? direct : proxied;
    if (client != null) {
      return client;
    }
    synchronized (this) {
      if (bypassProxy) {
        if (direct == null) {
          direct = build(HttpClient.Builder.NO_PROXY);
        }
        return direct;
      }
      if (proxied == null) {
        proxied = build(proxies.get());
      }
      return proxied;
    }
  }

  private static HttpClient build(ProxySelector selector) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER);
    return builder.proxy(selector != null ? selector : HttpClient.Builder.NO_PROXY).build();
  }
}
