package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.PathState;

/** A file probe that has seen every path, saying so in its detail. */
final class FakeFileProbe implements FileProbe {

  @Override
  public PathState path(String path) {
    return new PathState(path, true, true, true, 0, path + " seen");
  }
}
