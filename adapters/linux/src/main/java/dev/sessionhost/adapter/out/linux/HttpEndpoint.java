package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * The host and port an http or https address points at, and the words for each way of getting no
 * answer from it.
 *
 * @param host the host name or address
 * @param port the port, given or the scheme's default
 */
record HttpEndpoint(String host, int port) {

  static HttpEndpoint of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ProbeException("cannot send GET " + uri + ": only http and https are supported");
    }
    if (uri.getHost() == null) {
      throw new ProbeException("cannot send GET " + uri + ": it names no host");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new HttpEndpoint(uri.getHost(), port);
  }

  /** Nothing came back in time, e.g. {@code no answer from 169.254.169.254:80 within 2 s}. */
  ProbeException noAnswer(Duration timeout, Throwable cause) {
    return new ProbeException(
        "no answer from " + this + " within " + Durations.describe(timeout), cause);
  }

  /** What the HTTP client's failure means: a timeout, an unknown host, a refusal, TLS, I/O. */
  ProbeException failure(Duration timeout, boolean bypassProxy, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return noAnswer(timeout, cause);
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return new ProbeException("cannot resolve " + host, cause);
      }
    }
    if (cause instanceof ConnectException) {
      return new ProbeException(
          "connection refused by " + this + (bypassProxy ? "" : " (or by its proxy)"), cause);
    }
    if (cause instanceof SSLException) {
      return new ProbeException("TLS with " + this + " failed: " + cause.getMessage(), cause);
    }
    if (cause instanceof IOException) {
      return new ProbeException("GET from " + this + " failed: " + cause.getMessage(), cause);
    }
    return new ProbeException("GET from " + this + " failed: " + cause, cause);
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
