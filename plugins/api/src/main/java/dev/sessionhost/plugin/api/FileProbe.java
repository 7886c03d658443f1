package dev.sessionhost.plugin.api;

/**
 * Answers whether a path exists and can be read by the host.
 *
 * <p>Paths are given as the environment writes them: {@code /srv/images/app.vhdx} on Linux, {@code
 * \\server\share\app.vhdx} on Windows. Thread-safe, like every {@link Probe}.
 *
 * @since 1.0
 */
public interface FileProbe extends Probe {

  /**
   * Reads the state of the path. A path that does not exist is an answer ({@code exists == false}),
   * not an exception.
   *
   * @throws ProbeException when the state cannot be read, e.g. the share does not answer
   */
  PathState path(String path);
}
