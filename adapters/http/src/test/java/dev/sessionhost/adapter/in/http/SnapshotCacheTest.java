package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

  final Fakes fakes = new Fakes();
  final SnapshotCache cache = new SnapshotCache(fakes, fakes, "1.2.3");

  @Test
  void rendersOnPublicationNotOnRead() {
    cache.publish(Snapshots.available(), Optional.empty());

    RenderedSnapshot first = cache.current();
    RenderedSnapshot second = cache.current();

    assertThat(second.healthBytes()).isSameAs(first.healthBytes());
    assertThat(fakes.healthReads).hasValue(0);
  }

  @Test
  void anOlderSnapshotDoesNotReplaceANewerOne() {
    HostHealth older = Snapshots.available();
    HostHealth newer =
        new HostHealth(
            older.hostName(),
            SessionHostStatus.UNAVAILABLE,
            older.assessedAt().plusSeconds(30),
            older.assessedAt().plusSeconds(30),
            older.reasons(),
            older.results(),
            older.update(),
            older.pluginProblems(),
            older.cycleDuration());

    cache.publish(newer, Optional.empty());
    cache.publish(older, Optional.empty());

    assertThat(cache.current().health()).isEqualTo(newer);
    assertThat(cache.current().healthStatusCode()).isEqualTo(503);
  }

  @Test
  void theBytesAreCompactJsonOfTheSnapshot() {
    cache.publish(Snapshots.available(), Optional.empty());

    String json = new String(cache.current().healthBytes(), StandardCharsets.UTF_8);

    assertThat(json).doesNotContain("\n").startsWith("{\"name\":\"web-01\"");
    assertThat(WireJson.MAPPER.readTree(json).get("status").asString()).isEqualTo("Available");
  }
}
