package dev.sessionhost.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusChangeLogTest {

  @Test
  void aChangeIsOneLineWithFromToAndWhy() {
    List<String> lines = new ArrayList<>();
    StatusChange change =
        new StatusChange(
            SessionHostStatus.AVAILABLE,
            SessionHostStatus.UNAVAILABLE,
            Instant.parse("2026-11-24T10:00:00Z"),
            Snapshots.unavailable().reasons());

    new StatusChangeLog(lines::add).publish(Snapshots.unavailable(), Optional.of(change));

    assertThat(lines)
        .singleElement()
        .asString()
        .startsWith("2026-11-24T10:00:00Z status Available -> Unavailable: ")
        .contains("DomainJoinedCheck")
        .doesNotContain("\n");
  }

  @Test
  void aCycleWithoutAChangeLogsNothing() {
    List<String> lines = new ArrayList<>();

    new StatusChangeLog(lines::add).publish(Snapshots.available(), Optional.empty());

    assertThat(lines).isEmpty();
  }
}
