package dev.sessionhost.domain.pool;

import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.AgentCondition.Kind;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.pool.ShownStatus.Basis;
import dev.sessionhost.domain.status.SessionHostStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the broker shows for a host, from its registration, its last heartbeat and that heartbeat's
 * age. The first rule that matches wins:
 *
 * <ol>
 *   <li>never reported: {@code Unavailable} ({@link Basis#NEVER_REPORTED}), since registration;
 *   <li>the last report was {@code Shutdown}: {@code Shutdown}, however old: a host that said it
 *       was stopping is not missing;
 *   <li>the last heartbeat is older than the heartbeat timeout: {@code Unavailable} ({@link
 *       Basis#NO_HEARTBEAT}), since the timeout ran out;
 *   <li>otherwise the reported status with the reported reasons.
 * </ol>
 *
 * <p>Only stored facts and the time go in, so every broker sharing a database shows the same, and
 * no background job is needed to notice a silent host. A pure function: no clock, no I/O.
 */
public final class HeartbeatPolicy {

  /** The default timeout: three agent cycles of 30 s. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

  private final Duration timeout;

  public HeartbeatPolicy(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a heartbeat timeout must be positive, got " + timeout);
    }
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }

  /** What the broker shows for {@code host} at {@code now}. */
  public ShownStatus show(RegisteredHost host, Instant now) {
    if (host.lastReport().isEmpty()) {
      return neverReported(host);
    }
    HostHealth reported = host.lastReport().get().health();
    Instant lastHeartbeat = host.lastHeartbeatAt().orElseThrow();
    if (reported.status() != SessionHostStatus.SHUTDOWN && silentAt(lastHeartbeat, now)) {
      return noHeartbeat(lastHeartbeat);
    }
    return new ShownStatus(
        reported.status(), host.reportedSince().orElseThrow(), Basis.REPORTED, reported.reasons());
  }

  /**
   * The latest moment a heartbeat may have arrived for a host to count as heartbeating at {@code
   * now}: a heartbeat before this instant is too old. Lets a store select silent hosts itself.
   */
  public Instant freshSince(Instant now) {
    return now.minus(timeout);
  }

  /**
   * What {@code heartbeat}, arriving at {@code now}, does to {@code before}: the host as it will be
   * stored, and the changes of what the broker shows, in order (none when nothing changed; a
   * silence that ran out before this heartbeat shows as its own change).
   *
   * @throws IllegalArgumentException when the heartbeat is not newer than the last one the host
   *     sent: the caller must treat a repeat as already recorded
   */
  public Arrival arrive(RegisteredHost before, Heartbeat heartbeat, Instant now) {
    if (heartbeat.sequence() <= before.lastSequence()) {
      throw new IllegalArgumentException(
          "heartbeat "
              + heartbeat.sequence()
              + " of "
              + before.key()
              + " is not newer than "
              + before.lastSequence());
    }
    List<HostStatusChange> changes = new ArrayList<>();
    ShownStatus shown = before.lastReport().isEmpty() ? neverReported(before) : null;
    if (shown == null) {
      ShownStatus whileFresh =
          show(before, before.lastHeartbeatAt().orElseThrow()); // as it was when last heard
      shown = show(before, now);
      if (!shown.sameAs(whileFresh)) {
        changes.add(HostStatusChange.between(heartbeat.sequence(), whileFresh, shown));
      }
    }
    HostHealth health = heartbeat.health();
    boolean hostChanged =
        before.lastReport().map(r -> r.health().status() != health.status()).orElse(true);
    // a change the host made is dated by the host; a return from silence by its arrival
    Instant since =
        hostChanged && !health.statusTimestamp().isAfter(now) ? health.statusTimestamp() : now;
    ShownStatus after;
    if (shown.basis() == Basis.REPORTED && shown.status() == health.status()) {
      after = new ShownStatus(health.status(), shown.since(), Basis.REPORTED, health.reasons());
    } else {
      after = new ShownStatus(health.status(), since, Basis.REPORTED, health.reasons());
      changes.add(HostStatusChange.between(heartbeat.sequence(), shown, after));
    }
    return new Arrival(before.reported(heartbeat, now, after.since()), changes);
  }

  /**
   * {@code host} with no more of its last report than {@link #arrive} reads of a host before a
   * heartbeat: the status, its times and the sequence; reasons, check results and plugin problems
   * are dropped. What a broker can afford to keep in memory for many hosts to judge their next
   * heartbeats: {@code arrive} gives the same for it as for the whole host. Not for showing.
   */
  public RegisteredHost essentials(RegisteredHost host) {
    if (host.lastReport().isEmpty()) {
      return host;
    }
    Heartbeat last = host.lastReport().get();
    HostHealth health = last.health();
    HostHealth bare =
        new HostHealth(
            health.hostName(),
            health.status(),
            health.statusTimestamp(),
            health.assessedAt(),
            List.of(),
            List.of(),
            health.update(),
            List.of(),
            health.cycleDuration());
    return host.reported(
        new Heartbeat(
            last.sequence(), bare, last.sessions(), last.agentVersion(), last.osVersion()),
        host.lastHeartbeatAt().orElseThrow(),
        host.reportedSince().orElseThrow());
  }

  /** A host after a heartbeat, and the changes of its shown status that heartbeat made known. */
  public record Arrival(RegisteredHost host, List<HostStatusChange> changes) {

    public Arrival {
      Objects.requireNonNull(host, "host");
      changes = List.copyOf(changes);
    }
  }

  private boolean silentAt(Instant lastHeartbeat, Instant now) {
    return lastHeartbeat.isBefore(freshSince(now));
  }

  private ShownStatus noHeartbeat(Instant lastHeartbeat) {
    return new ShownStatus(
        SessionHostStatus.UNAVAILABLE,
        lastHeartbeat.plus(timeout),
        Basis.NO_HEARTBEAT,
        List.of(
            new AgentCondition(
                Kind.NO_HEARTBEAT,
                "No heartbeat since "
                    + lastHeartbeat
                    + ": the broker waits "
                    + timeout.toSeconds()
                    + " s before it stops routing sessions to a silent host.",
                "Check that the host is running and that its agent can reach the broker; start"
                    + " the host if it is off.")));
  }

  private static ShownStatus neverReported(RegisteredHost host) {
    return new ShownStatus(
        SessionHostStatus.UNAVAILABLE,
        host.registeredAt(),
        Basis.NEVER_REPORTED,
        List.of(
            new AgentCondition(
                Kind.NEVER_REPORTED,
                "The host registered but has not sent a heartbeat yet.",
                "Check that the agent runs on the host and can reach the broker.")));
  }
}
