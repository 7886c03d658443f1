package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HeartbeatJson;
import dev.sessionhost.wire.WireJson;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * A host's last heartbeat as the store keeps it: the wire's document, {@link HeartbeatJson}.
 *
 * <p>Usually that is the document as the host sent it: the broker has just read it into the
 * heartbeat, and keeping it saves writing the same heartbeat anew, which cost about a tenth of the
 * broker's CPU per heartbeat. It reads back into the same heartbeat: the configured effects an
 * agent writes beside its results are not part of a heartbeat ({@link HeartbeatJson#toHeartbeat}
 * keeps an effect only where the run judged one), and fields the wire does not know are skipped. A
 * document as sent larger than {@link #MAX_AS_SENT} chars is written anew from the heartbeat
 * instead, so that a host cannot make its row larger than its heartbeat needs.
 */
final class HeartbeatsJson {

  private static final ObjectWriter WRITER =
      WireJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectReader READER = WireJson.MAPPER.readerFor(HeartbeatJson.class);

  /**
   * The largest document as sent that is kept: a host with a hundred checks sends some 50,000
   * chars; longer ones carry what the heartbeat drops (details over their cap, or fields the wire
   * does not know, which the broker's API refuses before they get here).
   */
  static final int MAX_AS_SENT = 64 * 1024;

  private HeartbeatsJson() {}

  /** What to store for {@code heartbeat}: its document as sent, if given and small enough. */
  static String document(Heartbeat heartbeat, Optional<String> asSent) {
    return asSent.filter(json -> json.length() <= MAX_AS_SENT).orElseGet(() -> write(heartbeat));
  }

  /** The heartbeat's document, on one line, without configured effects. */
  static String write(Heartbeat heartbeat) {
    return WRITER.writeValueAsString(
        HeartbeatJson.from(heartbeat, new HealthReport(heartbeat.health(), Map.of())));
  }

  static Heartbeat read(String json) {
    HeartbeatJson document = READER.readValue(json);
    return document.toHeartbeat();
  }
}
