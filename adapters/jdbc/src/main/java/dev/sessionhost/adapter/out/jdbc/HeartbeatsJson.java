package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HeartbeatJson;
import dev.sessionhost.wire.WireJson;
import java.util.Map;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * A host's last heartbeat as the store keeps it: the wire's document, on one line. No configured
 * effects go in, so a result carries an effect exactly when its run judged one, as in the domain.
 */
final class HeartbeatsJson {

  private static final ObjectWriter WRITER =
      WireJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectReader READER = WireJson.MAPPER.readerFor(HeartbeatJson.class);

  private HeartbeatsJson() {}

  static String write(Heartbeat heartbeat) {
    return WRITER.writeValueAsString(
        HeartbeatJson.from(heartbeat, new HealthReport(heartbeat.health(), Map.of())));
  }

  static Heartbeat read(String json) {
    HeartbeatJson document = READER.readValue(json);
    return document.toHeartbeat();
  }
}
