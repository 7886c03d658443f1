package dev.sessionhost.application.service;

import dev.sessionhost.application.port.out.FakeChecks;
import dev.sessionhost.application.port.out.Gate;
import dev.sessionhost.application.port.out.InMemoryHistory;
import dev.sessionhost.application.port.out.MutableClock;
import dev.sessionhost.application.port.out.PublishHealthPort;
import dev.sessionhost.application.port.out.RecordingPublisher;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.update.UpdateStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The application wired by hand around fakes, as bootstrap would wire it around adapters. Closing
 * it opens every gate it handed out and stops the executor.
 */
final class CycleHarness implements AutoCloseable {

  final MutableClock clock = MutableClock.at("2025-03-01T08:00:00Z");
  final FakeChecks checks = new FakeChecks();
  final InMemoryHistory history = new InMemoryHistory();
  final RecordingPublisher reporter = new RecordingPublisher();
  final CheckExecutor executor = new CheckExecutor(clock);
  final HostHealthRecord record;
  final HealthCycleService cycles;
  final ShutdownService shutdown;
  final HostHealthQueryService query;
  private final List<Gate> gates = new ArrayList<>();

  CycleHarness() {
    this(BrokerLink.NONE, List.of());
  }

  /** A harness whose {@code firstPublishers} are told before {@link #reporter}. */
  CycleHarness(BrokerLink broker, List<PublishHealthPort> firstPublishers) {
    record = new HostHealthRecord("host-1", broker, UpdateStatus.INITIAL, clock.instant());
    List<PublishHealthPort> publishers = new ArrayList<>(firstPublishers);
    publishers.add(reporter);
    HealthBroadcast broadcast = new HealthBroadcast(publishers, history);
    cycles = new HealthCycleService(checks, executor, record, broadcast, clock);
    shutdown = new ShutdownService(record, broadcast, clock);
    query = new HostHealthQueryService(record);
  }

  Gate gate() {
    Gate gate = new Gate();
    gates.add(gate);
    return gate;
  }

  @Override
  public void close() {
    gates.forEach(Gate::open);
    executor.close();
  }
}
