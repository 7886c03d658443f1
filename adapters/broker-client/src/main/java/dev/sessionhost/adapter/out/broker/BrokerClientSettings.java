package dev.sessionhost.adapter.out.broker;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the agent talks to its broker.
 *
 * @param url the broker's base URL
 * @param registrationToken the token this host registers with; empty when it registered before and
 *     keeps its credential in {@code stateDir}
 * @param stateDir where the credential ({@code broker-credential}) and the outbox ({@code
 *     broker-outbox.jsonl}) live
 * @param firstRetry the wait after the first failure; it doubles up to {@code lastRetry}, with
 *     jitter
 * @param outboxLimit the most reports kept while the broker is unreachable
 * @param flushOnClose how long {@code close} may try to deliver what is left (the Shutdown report)
 */
public record BrokerClientSettings(
    URI url,
    String registrationToken,
    Path stateDir,
    String agentVersion,
    String osVersion,
    Duration firstRetry,
    Duration lastRetry,
    int outboxLimit,
    Duration flushOnClose,
    Duration requestTimeout) {

  public BrokerClientSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(registrationToken, "registrationToken");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(agentVersion, "agentVersion");
    Objects.requireNonNull(osVersion, "osVersion");
    if (outboxLimit < 2) {
      throw new IllegalArgumentException("the outbox must hold at least 2 reports");
    }
  }

  /** Retries from 1 s to 60 s, 10,000 reports kept, 3 s to flush on close, 10 s per request. */
  public static BrokerClientSettings of(
      URI url, String registrationToken, Path stateDir, String agentVersion, String osVersion) {
    return new BrokerClientSettings(
        url,
        registrationToken,
        stateDir,
        agentVersion,
        osVersion,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        10_000,
        Duration.ofSeconds(3),
        Duration.ofSeconds(10));
  }

  @Override
  public String toString() {
    return "BrokerClientSettings[url="
        + url
        + ", registrationToken=***, stateDir="
        + stateDir
        + "]";
  }
}
