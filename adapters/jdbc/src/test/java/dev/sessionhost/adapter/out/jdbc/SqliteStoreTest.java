package dev.sessionhost.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedded store: SQLite in the broker's state folder. */
class SqliteStoreTest extends BrokerStoreContract {

  @Override
  DatabaseSettings settings(Path stateDir) {
    return DatabaseSettings.embedded(stateDir);
  }

  @Test
  void theFileIsInTheStateFolderAndKeepsWhatWasWrittenAcrossAReopen() {
    register("host-1");
    beat("host-1", 7, SessionHostStatus.AVAILABLE, T0.plusSeconds(1));
    database.close();

    database = BrokerDatabase.open(DatabaseSettings.embedded(stateDir));
    hosts = database.sessionHosts();

    assertThat(stateDir.resolve(BrokerDatabase.SQLITE_FILE)).isRegularFile();
    assertThat(hosts.find(key("host-1")).orElseThrow().lastSequence()).isEqualTo(7);
    assertThat(hosts.history(key("host-1"), 10)).hasSize(1);
  }
}
