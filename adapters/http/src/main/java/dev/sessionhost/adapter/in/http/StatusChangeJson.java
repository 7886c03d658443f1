package dev.sessionhost.adapter.in.http;

import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.wire.HostHealthJson;
import java.util.List;

/** A status change as {@code /v1/history} lists it, its reasons shaped as in the snapshot. */
record StatusChangeJson(String from, String to, String at, List<HostHealthJson.Reason> reasons) {

  static StatusChangeJson of(StatusChange change) {
    return new StatusChangeJson(
        change.from().wireName(),
        change.to().wireName(),
        change.at().toString(),
        change.reasons().stream().map(HostHealthJson::reason).toList());
  }
}
