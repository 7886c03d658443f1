package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.PathState;
import java.util.Objects;

/** Paths as the scenario's {@code files} map states them; an unlisted path is missing. */
final class ScenarioFileProbe implements FileProbe {

  private final ScenarioFile file;

  ScenarioFileProbe(ScenarioFile file) {
    this.file = file;
  }

  @Override
  public PathState path(String path) {
    Objects.requireNonNull(path, "path");
    FileFacts facts = file.enter(Faults.PATH).files().get(path);
    if (facts == null) {
      return PathState.missing(path, "not listed in " + file.where("files"));
    }
    String where = file.where("files", path);
    return new PathState(
        path,
        facts.exists(),
        facts.readable(),
        facts.directory(),
        facts.size(),
        facts.detail().isEmpty() ? where : facts.detail() + " (" + where + ")");
  }
}
