package dev.sessionhost.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusDecision;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeartbeatsJsonTest {

  private static final Heartbeat HEARTBEAT =
      new Heartbeat(
          4,
          HostHealth.first(
              "host-1",
              new StatusDecision(SessionHostStatus.AVAILABLE, List.of(), List.of()),
              UpdateStatus.INITIAL,
              Instant.parse("2026-12-01T10:00:00Z")),
          1,
          "1.0",
          "Linux 6");

  @Test
  void theDocumentAsSentIsKeptAndWithoutOneTheHeartbeatIsWrittenAnew() {
    assertThat(HeartbeatsJson.document(HEARTBEAT, Optional.of("{\"sequence\":4}")))
        .isEqualTo("{\"sequence\":4}");
    String written = HeartbeatsJson.document(HEARTBEAT, Optional.empty());
    assertThat(written).isEqualTo(HeartbeatsJson.write(HEARTBEAT)).doesNotContain("\n");
    assertThat(HeartbeatsJson.read(written)).isEqualTo(HEARTBEAT);
  }

  @Test
  void aDocumentAsSentOverTheLimitIsWrittenAnewFromTheHeartbeat() {
    String padded =
        "{\"padding\":\"" + "x".repeat(HeartbeatsJson.MAX_AS_SENT) + "\",\"sequence\":4}";
    String atTheLimit = "x".repeat(HeartbeatsJson.MAX_AS_SENT);

    assertThat(HeartbeatsJson.document(HEARTBEAT, Optional.of(padded)))
        .isEqualTo(HeartbeatsJson.write(HEARTBEAT));
    assertThat(HeartbeatsJson.document(HEARTBEAT, Optional.of(atTheLimit))).isSameAs(atTheLimit);
  }
}
