package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.support.yaml.KeyPath;
import dev.sessionhost.support.yaml.LocatedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario file, re-read when it changes so that a drill can flip a fact while the host runs.
 *
 * <p>Every call stats the file (no parse) and re-parses only when its modification time, size or
 * identity moved. While the file is invalid or gone the probes fail closed: they throw a {@link
 * ProbeException} naming the problem, so checks turn {@code UNKNOWN} with the reason instead of
 * answering from facts the operator has already changed. Thread-safe: readers see one immutable
 * snapshot; one thread at a time re-parses.
 */
final class ScenarioFile {

  private final Path file;
  private final String name;
  private volatile Snapshot current;

  private ScenarioFile(Path file, Snapshot first) {
    this.file = file;
    this.name = String.valueOf(file.getFileName());
    this.current = first;
  }

  /**
   * Reads the file at once.
   *
   * @throws LocatedException when it is missing, unreadable or invalid
   */
  static ScenarioFile open(Path file) {
    Objects.requireNonNull(file, "file");
    Stamp stamp;
    try {
      stamp = Stamp.of(file);
    } catch (NoSuchFileException e) {
      throw LocatedException.aboutFile(file.toString(), "no such file", e);
    } catch (IOException e) {
      throw LocatedException.aboutFile(file.toString(), "cannot be read: " + e, e);
    }
    return new ScenarioFile(file, new Snapshot(stamp, ScenarioReader.read(file), null));
  }

  /**
   * The facts as the file states them now.
   *
   * @throws ProbeException when the file is gone, unreadable or invalid
   */
  Scenario current() {
    Stamp now;
    try {
      now = Stamp.of(file);
    } catch (NoSuchFileException e) {
      throw new ProbeException("scenario " + file + ": no such file", e);
    } catch (IOException e) {
      throw new ProbeException("scenario " + file + ": cannot be read: " + e, e);
    }
    Snapshot seen = current;
    if (!seen.stamp().equals(now)) {
      seen = reread(now);
    }
    if (seen.problem() != null) {
      throw new ProbeException("invalid scenario " + seen.problem().getMessage(), seen.problem());
    }
    return seen.scenario();
  }

  /** The facts as the file states them now, after acting out the fault it sets for the call. */
  Scenario enter(String call) {
    Scenario scenario = current();
    Optional<Fault> fault = scenario.fault(call);
    if (fault.isPresent()) {
      String where = where("faults", call);
      fault.get().hold(null, where);
      fault.get().raise(where);
    }
    return scenario;
  }

  /**
   * Names a key of this file as the source of an answer, e.g. {@code scenario x.yaml: listeners[0]}
   * for the steps {@code "listeners", 0}.
   */
  String where(Object... path) {
    return "scenario " + name + ": " + KeyPath.of(path);
  }

  Path path() {
    return file;
  }

  private synchronized Snapshot reread(Stamp now) {
    Snapshot seen = current;
    if (seen.stamp().equals(now)) {
      return seen; // another thread re-read it while this one waited
    }
    Snapshot next;
    try {
      next = new Snapshot(now, ScenarioReader.read(file), null);
    } catch (LocatedException e) {
      next = new Snapshot(now, null, e);
    }
    current = next;
    return next;
  }

  /** The facts of one version of the file, or why that version cannot be used. */
  private record Snapshot(Stamp stamp, Scenario scenario, LocatedException problem) {}

  /** What a stat says about the file: enough to notice an edit, a rewrite or a replacement. */
  private record Stamp(FileTime modified, long size, Object identity) {

    static Stamp of(Path file) throws IOException {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
    }

    // by hand, as in CheckId: a record's own equals and hashCode spin classes at first use
    @Override
    public boolean equals(Object other) {
      return other instanceof Stamp stamp
          && size == stamp.size
          && modified.equals(stamp.modified)
          && Objects.equals(identity, stamp.identity);
    }

    @Override
    public int hashCode() {
      return Objects.hash(modified, size, identity);
    }
  }
}
