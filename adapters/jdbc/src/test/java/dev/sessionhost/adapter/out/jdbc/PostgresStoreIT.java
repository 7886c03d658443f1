package dev.sessionhost.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.nio.file.Path;
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
}
