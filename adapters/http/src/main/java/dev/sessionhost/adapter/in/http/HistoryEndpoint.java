package dev.sessionhost.adapter.in.http;

import dev.sessionhost.application.port.out.HealthHistoryPort;
import java.util.List;
import java.util.Optional;

/** The host's recent status changes, oldest first. */
final class HistoryEndpoint {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final HealthHistoryPort history;

  HistoryEndpoint(HealthHistoryPort history) {
    this.history = history;
  }

  Response recent(Request request) {
    Optional<String> asked = request.query("limit");
    int limit = DEFAULT_LIMIT;
    if (asked.isPresent()) {
      try {
        limit = Integer.parseInt(asked.get().trim());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        return Response.badRequest(
            "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + asked.get() + "'");
      }
    }
    List<StatusChangeJson> changes =
        history.recent(limit).stream().map(StatusChangeJson::of).toList();
    return Response.json(200, changes);
  }
}
