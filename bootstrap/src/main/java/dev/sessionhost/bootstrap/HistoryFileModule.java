package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.sessionhost.adapter.out.history.JsonLinesHealthHistory;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.bootstrap.config.SessionhostConfig;

/**
 * The agent's status history: a JSON-lines file in {@code agent.stateDir}, bounded with rotation,
 * read back on restart so {@code GET /v1/history} survives one. Binds the {@link
 * HealthHistoryPort}, and adds the same history as a reporter: told every snapshot, it writes the
 * changes it held back while the file could not be written.
 */
final class HistoryFileModule extends AbstractModule {

  @Provides
  @Singleton
  JsonLinesHealthHistory file(SessionhostConfig config) {
    return JsonLinesHealthHistory.inStateDir(config.agent().stateDir());
  }

  @Provides
  HealthHistoryPort history(JsonLinesHealthHistory file) {
    return file;
  }

  @ProvidesIntoSet
  PublishHealthPort catchingUp(JsonLinesHealthHistory file) {
    return file;
  }
}
