package dev.sessionhost.adapter.out.history;

import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Instant;
import java.util.List;

/** One status change as it is stored on one line of the history file, with Azure wire names. */
record HistoryLine(String from, String to, String at, List<ReasonLine> reasons) {

  static HistoryLine of(StatusChange change) {
    return new HistoryLine(
        change.from().wireName(),
        change.to().wireName(),
        change.at().toString(),
        change.reasons().stream().map(ReasonLine::of).toList());
  }

  /**
   * The domain change this line stands for.
   *
   * @throws IllegalArgumentException when a status or reason is unknown or a field is missing
   * @throws java.time.format.DateTimeParseException when the time is not an ISO instant
   */
  StatusChange toChange() {
    if (at == null) {
      throw new IllegalArgumentException("the time of the change is missing");
    }
    List<ReasonLine> lines = reasons == null ? List.of() : reasons;
    return new StatusChange(
        status(from),
        status(to),
        Instant.parse(at),
        lines.stream().map(ReasonLine::toReason).toList());
  }

  private static SessionHostStatus status(String wireName) {
    return SessionHostStatus.fromWireName(wireName)
        .orElseThrow(() -> new IllegalArgumentException("unknown status " + wireName));
  }
}
