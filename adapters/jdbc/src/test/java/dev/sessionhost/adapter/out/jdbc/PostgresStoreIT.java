package dev.sessionhost.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.HeartbeatPolicy;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store on a real PostgreSQL 15 that the test starts on loopback. */
class PostgresStoreIT extends BrokerStoreContract {

  private static PostgresServer server;
  private String url;

  @BeforeAll
  static void startPostgres() throws Exception {
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  DatabaseSettings settings(Path stateDir) throws Exception {
    url = server.newDatabase();
    return DatabaseSettings.server(url, PostgresServer.USER, "", stateDir);
  }

  @Test
  void twoBrokersOnOneDatabaseSeeTheSameHosts() {
    register("host-1");
    try (BrokerDatabase other =
        BrokerDatabase.open(DatabaseSettings.server(url, PostgresServer.USER, "", stateDir))) {
      beat("host-1", 3, SessionHostStatus.NEEDS_ASSISTANCE, T0.plusSeconds(1));

      assertThat(other.sessionHosts().find(key("host-1")).orElseThrow().lastSequence())
          .isEqualTo(3);
      assertThat(other.sessionHosts().findByCredential("hash-host-1")).isPresent();
      assertThat(other.sessionHosts().history(key("host-1"), 10)).hasSize(1);
      assertThat(other.sessionHosts().updateSettings(key("host-1"), false, "x", "")).isTrue();
      assertThat(hosts.find(key("host-1")).orElseThrow().allowNewSession()).isFalse();
    }
  }

  @Test
  void aHeartbeatOfSeveralKilobytesStaysInItsRowCompressedWithLz4() throws Exception {
    RegisteredHost before = register("host-1");
    List<CheckResult> results = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      results.add(
          CheckResult.failed(
              CheckId.of("check-" + i),
              i,
              "check " + i + " found what it looked for missing on this host, attempt " + i * 7,
              Map.of("detail", "value " + i),
              T0,
              Duration.ofMillis(i)));
    }
    HostHealth health = needingAssistance("host-1", results);
    HeartbeatPolicy.Arrival arrival =
        POLICY.arrive(before, new Heartbeat(1, health, 0, "1.0", "Linux 6"), T0);
    assertThat(
            hosts
                .recordArrival(
                    arrival.host(), Optional.empty(), "hash-host-1", 0, arrival.changes())
                .join())
        .isTrue();

    try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
        Statement query = connection.createStatement();
        ResultSet row =
            query.executeQuery(
                "SELECT octet_length(heartbeat), pg_column_size(heartbeat),"
                    + " pg_column_compression(heartbeat),"
                    + " (SELECT pg_relation_size(reltoastrelid) FROM pg_class"
                    + " WHERE relname = 'session_host')"
                    + " FROM session_host WHERE name = 'host-1'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getInt(1)).as("the document's length").isGreaterThan(4080);
      assertThat(row.getInt(2)).as("its size as stored").isLessThan(row.getInt(1) / 2);
      assertThat(row.getString(3)).isEqualTo("lz4");
      assertThat(row.getLong(4)).as("bytes in the TOAST table").isZero();
    }
    assertThat(hosts.find(key("host-1")).orElseThrow().lastReport())
        .contains(arrival.host().lastReport().orElseThrow());
  }
}
