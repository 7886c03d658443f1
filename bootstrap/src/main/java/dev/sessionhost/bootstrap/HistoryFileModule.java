package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.adapter.out.history.JsonLinesHealthHistory;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.bootstrap.config.SessionhostConfig;

/**
 * The agent's status history: a JSON-lines file in {@code agent.stateDir}, bounded with rotation,
 * read back on restart so {@code GET /v1/history} survives one.
 */
final class HistoryFileModule extends AbstractModule {

  @Provides
  @Singleton
  HealthHistoryPort history(SessionhostConfig config) {
    return JsonLinesHealthHistory.inStateDir(config.agent().stateDir());
  }
}
