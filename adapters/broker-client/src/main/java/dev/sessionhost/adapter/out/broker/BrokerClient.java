package dev.sessionhost.adapter.out.broker;

import dev.sessionhost.application.port.in.RecordBrokerLinkUseCase;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.wire.HealthReport;
import dev.sessionhost.wire.HeartbeatJson;
import dev.sessionhost.wire.RegistrationJson;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agent's side of the broker: registers once, then sends every report the agent makes, in
 * order, from a durable {@link Outbox}, on its own thread. {@link #publish} only writes the report
 * down and wakes the sender, so neither the health cycle nor the local API ever waits on the
 * broker. While the broker is unreachable the reports wait (unchanged heartbeats collapsing into
 * the newest) and the sender retries with exponential backoff and jitter; a problem is logged once
 * when it starts or changes and once when it is over, not on every retry.
 */
public final class BrokerClient implements PublishHealthPort, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(BrokerClient.class.getName());

  private final BrokerClientSettings settings;
  private final RecordBrokerLinkUseCase link;
  private final Clock clock;
  private final Outbox outbox;
  private final CredentialFile credentials;
  private final HttpClient http;
  private final Thread sender;
  private final Object signal = new Object();
  private volatile boolean closing;
  private volatile long flushDeadline = Long.MAX_VALUE;
  private volatile String problem = "";
  private boolean reached;
  private int failures;

  public BrokerClient(BrokerClientSettings settings, RecordBrokerLinkUseCase link, Clock clock) {
    this.settings = settings;
    this.link = link;
    this.clock = clock;
    this.outbox = new Outbox(settings.stateDir(), settings.outboxLimit());
    this.credentials = new CredentialFile(settings.stateDir());
    this.http =
        HttpClient.newBuilder()
            .proxy(ProxySelector.of(null))
            .connectTimeout(settings.requestTimeout())
            .build();
    this.reached = credentials.read().map(CredentialFile.Credential::reached).orElse(false);
    this.sender = new Thread(this::run, "sessionhost-broker-client");
    sender.setDaemon(true);
  }

  /** Starts sending; tells the agent at once if the broker already knows this host. */
  public void start() {
    if (reached) {
      link.brokerLinkChanged(BrokerLink.REACHED);
    }
    sender.start();
  }

  @Override
  public void publish(HostHealth health, Optional<StatusChange> change) {
    long sequence = Math.max(outbox.lastSequence() + 1, clock.millis() * 1000);
    Heartbeat heartbeat =
        new Heartbeat(sequence, health, 0, settings.agentVersion(), settings.osVersion());
    ObjectNode body =
        WireJson.MAPPER.valueToTree(
            HeartbeatJson.from(heartbeat, new HealthReport(health, Map.of())));
    outbox.add(new Outbox.Report(sequence, change.isPresent(), body));
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** How many reports wait for the broker. */
  public int waiting() {
    return outbox.size();
  }

  /** The problem the client has now, empty while reports go through. */
  public String problem() {
    return problem;
  }

  private void run() {
    while (!closing || (outbox.next().isPresent() && System.nanoTime() < flushDeadline)) {
      Optional<Outbox.Report> next = outbox.next();
      if (next.isEmpty()) {
        if (closing) {
          return;
        }
        await(Duration.ofMinutes(1));
        continue;
      }
      Duration pause = deliver(next.get());
      if (!pause.isZero()) {
        await(pause);
      }
    }
  }

  /** Sends one report; returns the time to wait before the next try, zero to go on at once. */
  private Duration deliver(Outbox.Report report) {
    Optional<CredentialFile.Credential> credential = credentials.read();
    if (credential.isEmpty()) {
      credential = register(report);
      if (credential.isEmpty()) {
        return backoff();
      }
    }
    HttpResponse<String> answer;
    try {
      answer =
          http.send(
              HttpRequest.newBuilder(settings.url().resolve("/v1/heartbeat"))
                  .timeout(timeout())
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + credential.get().credential())
                  .POST(HttpRequest.BodyPublishers.ofString(report.body().toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      problem("cannot reach the broker at " + settings.url() + ": " + describe(e));
      return backoff();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closing = true;
      flushDeadline = 0;
      return Duration.ofMillis(1);
    }
    int status = answer.statusCode();
    if (status == 200) {
      outbox.delivered(report);
      problem("");
      failures = 0;
      if (!reached) {
        reached = true;
        credentials.write(credential.get().asReached());
        link.brokerLinkChanged(BrokerLink.REACHED);
      }
      return Duration.ZERO;
    }
    String error = errorOf(answer);
    if (status == 401) {
      problem(
          "the broker refused this host's credential ("
              + error
              + ")"
              + (settings.registrationToken().isEmpty()
                  ? "; set broker.registrationToken to register again"
                  : "; registering again"));
      if (!settings.registrationToken().isEmpty()) {
        credentials.delete();
      }
      return backoff();
    }
    if (status == 400 || status == 403 || status == 413) {
      // the broker will never take this report: keep the rest moving
      LOG.log(
          System.Logger.Level.WARNING,
          "the broker refused report "
              + report.sequence()
              + " ("
              + status
              + " "
              + error
              + "); dropped");
      outbox.delivered(report);
      return Duration.ZERO;
    }
    problem("the broker answered " + status + " " + error);
    return backoff();
  }

  private Optional<CredentialFile.Credential> register(Outbox.Report report) {
    if (settings.registrationToken().isEmpty()) {
      problem("this host has no broker credential and broker.registrationToken is empty");
      return Optional.empty();
    }
    String name = report.body().path("health").path("name").asString();
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(settings.url().resolve("/v1/register"))
                  .timeout(timeout())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          WireJson.MAPPER.writeValueAsString(
                              new RegistrationJson.Request(settings.registrationToken(), name))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        problem("the broker refused to register " + name + " (" + errorOf(answer) + ")");
        return Optional.empty();
      }
      RegistrationJson.Response response =
          WireJson.MAPPER.readValue(answer.body(), RegistrationJson.Response.class);
      CredentialFile.Credential credential =
          new CredentialFile.Credential(
              settings.url().toString(),
              response.hostPool(),
              response.name(),
              response.credential(),
              false);
      credentials.write(credential);
      reached = false;
      LOG.log(
          System.Logger.Level.INFO,
          "registered with the broker at "
              + settings.url()
              + " as "
              + response.hostPool()
              + "/"
              + response.name());
      return Optional.of(credential);
    } catch (IOException | JacksonException e) {
      problem("cannot register with the broker at " + settings.url() + ": " + describe(e));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closing = true;
      flushDeadline = 0;
      return Optional.empty();
    }
  }

  /** Logs a problem when it starts or changes, and once when it is over. */
  private void problem(String now) {
    if (now.equals(problem)) {
      return;
    }
    if (now.isEmpty()) {
      LOG.log(
          System.Logger.Level.INFO,
          "the broker takes reports again (" + outbox.size() + " waiting)");
    } else {
      LOG.log(System.Logger.Level.WARNING, now + "; " + outbox.size() + " reports wait");
    }
    problem = now;
  }

  /** Doubles from the first retry to the last, each wait a random half to whole of its step. */
  private Duration backoff() {
    long first = settings.firstRetry().toMillis();
    long step = Math.min(settings.lastRetry().toMillis(), first << Math.min(failures, 20));
    failures++;
    long wait = step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
    return Duration.ofMillis(Math.max(1, wait));
  }

  private void await(Duration pause) {
    synchronized (signal) {
      try {
        long millis = pause.toMillis();
        if (closing) {
          long left = (flushDeadline - System.nanoTime()) / 1_000_000;
          millis = Math.min(millis, left);
        }
        if (millis > 0) {
          signal.wait(millis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        closing = true;
        flushDeadline = 0;
      }
    }
  }

  /** The request timeout; while closing, no longer than the time left to flush. */
  private Duration timeout() {
    if (!closing) {
      return settings.requestTimeout();
    }
    long left = Math.max(100_000_000L, flushDeadline - System.nanoTime());
    return Duration.ofNanos(Math.min(left, settings.requestTimeout().toNanos()));
  }

  private static String errorOf(HttpResponse<String> answer) {
    try {
      JsonNode error = WireJson.MAPPER.readTree(answer.body()).path("error");
      if (error.has("code")) {
        return error.get("code").asString() + ": " + error.path("message").asString();
      }
    } catch (JacksonException e) {
      // not our error body: say what came
    }
    return "HTTP " + answer.statusCode();
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Tries for a short while to deliver what waits (the Shutdown report among it), then stops the
   * sender; what is still waiting stays in the outbox for the next start.
   */
  @Override
  public void close() {
    flushDeadline = System.nanoTime() + settings.flushOnClose().toNanos();
    failures = 0;
    closing = true;
    synchronized (signal) {
      signal.notifyAll();
    }
    try {
      if (sender.isAlive()) {
        sender.join(settings.flushOnClose().toMillis() + 500);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sender.interrupt();
    outbox.close();
  }

  /** The broker's base URL this client reports to. */
  public URI url() {
    return settings.url();
  }
}
