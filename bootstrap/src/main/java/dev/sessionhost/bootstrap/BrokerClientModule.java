package dev.sessionhost.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.sessionhost.adapter.in.cli.VersionProvider;
import dev.sessionhost.adapter.out.broker.BrokerClient;
import dev.sessionhost.adapter.out.broker.BrokerClientSettings;
import dev.sessionhost.application.port.in.RecordBrokerLinkUseCase;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import java.net.URI;
import java.time.Clock;

/**
 * The agent's broker client, added to the daemon when {@code broker.url} is set: one more reporter
 * of every snapshot, with its outbox and credential in the agent's state folder.
 */
final class BrokerClientModule extends AbstractModule {

  @Provides
  @Singleton
  BrokerClient brokerClient(
      SessionhostConfig config, Provider<RecordBrokerLinkUseCase> link, Clock clock) {
    // through a provider: the link's announcements reach every reporter, this client among them
    return new BrokerClient(
        BrokerClientSettings.of(
            URI.create(config.broker().url()),
            config.broker().registrationToken(),
            config.agent().stateDir(),
            VersionProvider.productVersion(),
            System.getProperty("os.name") + " " + System.getProperty("os.version")),
        change -> link.get().brokerLinkChanged(change),
        clock);
  }

  @ProvidesIntoSet
  PublishHealthPort brokerReporter(BrokerClient client) {
    return client;
  }
}
