package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import dev.sessionhost.bootstrap.config.SessionhostConfig;

/** Binds the {@link SessionhostConfig} that was loaded (file, then command-line overrides). */
final class ConfigModule extends AbstractModule {

  private final SessionhostConfig config;

  ConfigModule(SessionhostConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    bind(SessionhostConfig.class).toInstance(config);
  }
}
