package dev.sessionhost.plugin.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Talks to network services: an HTTP GET, or whether a TCP endpoint accepts connections.
 *
 * <p>Thread-safe, like every {@link Probe}. Both methods return within their timeout (plus a small
 * margin) and honour thread interrupts; size the timeout from {@link CheckContext#remaining()}.
 *
 * @since 1.0
 */
public interface HttpProbe extends Probe {

  /**
   * Sends a GET and reads the answer. Any HTTP status is an answer, including 4xx and 5xx.
   *
   * @param uri an {@code http} or {@code https} address
   * @param headers request headers, e.g. {@code Metadata: true}; may be empty
   * @param timeout how long to wait for the whole answer
   * @param bypassProxy whether to connect directly even when a proxy is configured, as the metadata
   *     address requires
   * @throws ProbeException when no answer came, with a message telling a refused connection from a
   *     timeout or an unknown host
   */
  HttpAnswer get(URI uri, Map<String, String> headers, Duration timeout, boolean bypassProxy);

  /**
   * Tells whether a TCP connection to the endpoint can be opened, and closes it at once. An
   * endpoint that refuses, times out or does not resolve is an answer ({@code reachable == false})
   * saying which.
   *
   * @param host a host name or address
   * @param port from 1 to 65535
   * @param timeout how long to wait for the connection
   * @throws ProbeException when the attempt cannot be made at all
   */
  ReachAnswer reach(String host, int port, Duration timeout);
}
