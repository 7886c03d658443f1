package dev.sessionhost.adapter.out.simulated;

/**
 * One entry of the scenario's {@code files} map.
 *
 * @param exists whether something is at the path; default true, since listing it creates it
 * @param readable whether the host may read it; default true when it exists
 * @param directory whether it is a directory; default false
 * @param size its size in bytes; default 0
 * @param detail what a probe would have seen, e.g. {@code permission denied}; default empty
 */
record FileFacts(Boolean exists, Boolean readable, Boolean directory, Long size, String detail) {

  /** Applies the defaults and rejects facts about a path that does not exist. */
  FileFacts {
    exists = exists == null || exists;
    if (!exists && Boolean.TRUE.equals(readable)) {
      throw new FactException("readable", "cannot be true when exists is false");
    }
    if (!exists && Boolean.TRUE.equals(directory)) {
      throw new FactException("directory", "cannot be true when exists is false");
    }
    if (!exists && size != null && size != 0) {
      throw new FactException("size", "must be 0 when exists is false");
    }
    readable = exists && (readable == null || readable);
    directory = directory != null && directory;
    size = size == null ? 0L : size;
    if (size < 0) {
      throw new FactException("size", "must not be negative, found " + size);
    }
    detail = detail == null ? "" : detail;
  }

  /** A path listed with no keys: an empty, readable file. */
  static FileFacts listedOnly() {
    return new FileFacts(null, null, null, null, null);
  }
}
