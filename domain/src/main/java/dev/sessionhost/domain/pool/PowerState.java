package dev.sessionhost.domain.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The power state of a host's virtual machine as its hypervisor or cloud reports it (Azure's
 * instance view): shown beside the status, never deciding it. A host shown {@code Shutdown} whose
 * machine is {@code Running} has an agent that stopped, not a machine that did.
 */
public enum PowerState {
  RUNNING("Running"),
  STOPPED("Stopped"),
  DEALLOCATED("Deallocated"),
  STARTING("Starting"),
  STOPPING("Stopping"),
  /** Nothing tells: no power-state source is configured, or it did not answer. */
  UNKNOWN("Unknown");

  private final String wireName;

  PowerState(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the API: {@code Running}, {@code Deallocated}, ... */
  public String wireName() {
    return wireName;
  }

  /** The words a source may report, for messages: "running, stopped, ... or stopping". */
  public static String reportedWords() {
    List<String> words = new ArrayList<>();
    for (PowerState state : values()) {
      if (state != UNKNOWN) {
        words.add(state.wireName.toLowerCase(Locale.ROOT));
      }
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  /**
   * The state a source reported as one word ({@code running}, {@code stopped}, {@code deallocated},
   * {@code starting}, {@code stopping}, in any case), or empty for anything else.
   */
  public static Optional<PowerState> fromReported(String word) {
    String trimmed = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    for (PowerState state : values()) {
      if (state != UNKNOWN && state.wireName.toLowerCase(Locale.ROOT).equals(trimmed)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
