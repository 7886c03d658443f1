package dev.sessionhost.plugin.api;

/**
 * Whether a listener is up, and where that was read.
 *
 * @param listening whether something accepts connections
 * @param port the TCP port listened on, or 0 when not known (a listener asked for by name that is
 *     down)
 * @param process the listening process, e.g. {@code xrdp}; empty when not known
 * @param source where this was read, e.g. {@code /proc/net/tcp}
 * @since 1.0
 */
public record ListenerState(boolean listening, int port, String process, String source) {

  /** Validates the fields. */
  public ListenerState {
    Arguments.port(port, 0, "port");
    Arguments.present(process, "process");
    Arguments.nonBlank(source, "source");
  }
}
