package dev.sessionhost.plugin.api;

/**
 * Whether a path exists and is readable, and what it is.
 *
 * @param path the path asked about
 * @param exists whether something is at the path
 * @param readable whether the host may read it; never true when it does not exist
 * @param directory whether it is a directory; never true when it does not exist
 * @param size its size in bytes; 0 for a directory or a missing path
 * @param detail what the probe saw, for the check's message, e.g. {@code permission denied}; may be
 *     empty
 * @since 1.0
 */
public record PathState(
    String path, boolean exists, boolean readable, boolean directory, long size, String detail) {

  /** Validates the fields. */
  public PathState {
    Arguments.nonBlank(path, "path");
    Arguments.present(detail, "detail");
    if (!exists && (readable || directory || size != 0)) {
      throw new IllegalArgumentException(
          "path " + path + " does not exist, so it cannot be readable, a directory or have a size");
    }
    if (size < 0) {
      throw new IllegalArgumentException(
          "size of " + path + " must not be negative, found " + size);
    }
  }

  /** Nothing is at the path. */
  public static PathState missing(String path, String detail) {
    return new PathState(path, false, false, false, 0, detail);
  }
}
