package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.adapter.out.history.InMemoryHealthHistory;
import dev.sessionhost.application.port.out.HealthHistoryPort;

/**
 * What a one-shot command ({@code check}, {@code checks}) keeps of its status changes: a history in
 * memory, gone when it ends. Its only change is the one from "not assessed yet", which the agent's
 * history file must not collect from every {@code check} run.
 */
final class OneShotModule extends AbstractModule {

  /** A one-shot run makes one change at most; a few more cost nothing. */
  private static final int HISTORY_SIZE = 16;

  @Provides
  @Singleton
  HealthHistoryPort history() {
    return new InMemoryHealthHistory(HISTORY_SIZE);
  }
}
