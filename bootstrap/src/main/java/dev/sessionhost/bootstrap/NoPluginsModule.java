package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import java.util.List;

/**
 * Binds {@link LoadHealthChecksPort} to a loader that provides no check at all: the stand-in until
 * the plugin loader exists. With it the catalogue lists the API's checks as not installed, and a
 * health cycle has nothing to run.
 */
final class NoPluginsModule extends AbstractModule {

  @Provides
  LoadHealthChecksPort noChecks() {
    return List::of;
  }
}
