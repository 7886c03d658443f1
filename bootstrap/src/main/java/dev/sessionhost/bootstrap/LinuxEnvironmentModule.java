package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.sessionhost.adapter.out.linux.LinuxEnvironment;

/** Binds the {@link ProbeEnvironment} of the real Linux host the agent runs on. */
final class LinuxEnvironmentModule extends AbstractModule {

  @Provides
  @Singleton
  ProbeEnvironment environment() {
    return new ProbeEnvironment(LinuxEnvironment.NAME, LinuxEnvironment.forThisHost().probes());
  }
}
