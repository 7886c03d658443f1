package dev.sessionhost.domain.status;

import static dev.sessionhost.domain.status.SessionHostStatus.AVAILABLE;
import static dev.sessionhost.domain.status.SessionHostStatus.NEEDS_ASSISTANCE;
import static dev.sessionhost.domain.status.SessionHostStatus.UPGRADE_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The statuses a host can show, as the API names them. */
class SessionHostStatusTest {

  @ParameterizedTest
  @CsvSource({
    "AVAILABLE, Available",
    "NEEDS_ASSISTANCE, NeedsAssistance",
    "SHUTDOWN, Shutdown",
    "UNAVAILABLE, Unavailable",
    "UPGRADE_FAILED, UpgradeFailed",
    "UPGRADING, Upgrading"
  })
  void eachStatusHasTheApiWireName(SessionHostStatus status, String wireName) {
    assertThat(status.wireName()).isEqualTo(wireName);
  }

  @Test
  void thereAreExactlySixStatuses() {
    assertThat(SessionHostStatus.values()).hasSize(6);
  }

  @Test
  void onlyAvailableNeedsAssistanceAndUpgradeFailedAcceptNewConnections() {
    assertThat(Arrays.stream(SessionHostStatus.values()).filter(s -> s.acceptsNewConnections()))
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.of(AVAILABLE, NEEDS_ASSISTANCE, UPGRADE_FAILED));
  }

  @ParameterizedTest
  @EnumSource(SessionHostStatus.class)
  void theWireNameLeadsBackToTheStatus(SessionHostStatus status) {
    assertThat(SessionHostStatus.fromWireName(status.wireName())).contains(status);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Draining", "NoHeartbeat", "UNAVAILABLE"})
  void anUnknownWireNameGivesNoStatus(String wireName) {
    assertThat(SessionHostStatus.fromWireName(wireName)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(SessionHostStatus.class)
  void eachStatusExplainsItselfAndWhatToDo(SessionHostStatus status) {
    assertThat(status.description()).isNotBlank().endsWith(".");
    assertThat(status.operatorAction()).isNotBlank().endsWith(".");
  }
}
