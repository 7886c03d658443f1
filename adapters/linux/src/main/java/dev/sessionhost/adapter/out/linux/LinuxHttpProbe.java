package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ReachAnswer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * HTTP GETs with the JDK client and TCP reachability with a plain socket, each bounded by its
 * timeout, name resolution included.
 *
 * <p>Thread-safe. The HTTP clients are built on first use, one going direct and one through the
 * system proxy selector.
 */
final class LinuxHttpProbe implements HttpProbe {

  private final JdkHttpGet http;

  /**
   * Creates the probe.
   *
   * @param proxies the proxy selector for requests that do not bypass the proxy, asked when the
   *     first such request is sent; it may supply {@code null} for none
   */
  LinuxHttpProbe(Supplier<ProxySelector> proxies) {
    this.http = new JdkHttpGet(proxies);
  }

  @Override
  public HttpAnswer get(
      URI uri, Map<String, String> headers, Duration timeout, boolean bypassProxy) {
    return http.get(uri, headers, timeout, bypassProxy);
  }

  @Override
  public ReachAnswer reach(String host, int port, Duration timeout) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be from 1 to 65535, found " + port);
    }
    long started = System.nanoTime();
    InetAddress address;
    try {
      address = BoundedResolver.resolve(host, timeout);
    } catch (UnknownHostException e) {
      return answer(false, "cannot resolve " + host, started);
    } catch (TimeoutException e) {
      return answer(
          false, "cannot resolve " + host + " within " + Durations.describe(timeout), started);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException("interrupted while resolving " + host, e);
    }
    long left = timeout.toMillis() - Duration.ofNanos(System.nanoTime() - started).toMillis();
    if (left <= 0) {
      return answer(false, "timed out after " + Durations.describe(timeout), started);
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), (int) Math.min(left, Integer.MAX_VALUE));
      return answer(true, "connected in " + elapsed(started), started);
    } catch (SocketTimeoutException e) {
      return answer(false, "timed out after " + Durations.describe(timeout), started);
    } catch (NoRouteToHostException e) {
      return answer(false, "no route to host", started);
    } catch (ConnectException e) {
      return answer(false, "connection refused", started);
    } catch (IOException e) {
      return answer(false, "cannot connect: " + e.getMessage(), started);
    }
  }

  /** Whether an HTTP client was built yet: none is until the first GET. */
  boolean clientsBuilt() {
    return http.clientsBuilt();
  }

  private static ReachAnswer answer(boolean reachable, String detail, long started) {
    return new ReachAnswer(reachable, detail, Duration.ofNanos(System.nanoTime() - started));
  }

  private static String elapsed(long started) {
    return Durations.describe(Duration.ofNanos(System.nanoTime() - started));
  }
}
