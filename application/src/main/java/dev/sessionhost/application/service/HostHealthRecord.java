package dev.sessionhost.application.service;

import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.agent.AgentPhase;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.check.CheckState;
import dev.sessionhost.domain.health.HostConditions;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.domain.health.StatusPolicy;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's memory of its host: its phase, last update, broker link, where every check stands,
 * and the last snapshot. Every change goes through the status policy and yields an {@link
 * Assessment}. Thread safe: readers always get a complete snapshot.
 */
public final class HostHealthRecord {

  private final StatusPolicy policy = new StatusPolicy();
  private final Map<CheckId, CheckState> states = new LinkedHashMap<>();
  // A check left out of a cycle ("only", disabled) keeps its counters and result here: the cycle
  // service still knows when it last ran, so starting it over would show "not run yet" until its
  // interval passes and would let one result undo its thresholds.
  private final Map<CheckId, CheckState> setAside = new HashMap<>();
  private AgentPhase phase = AgentPhase.STARTING;
  private UpdateStatus update;
  private BrokerLink broker;
  private HostHealth current;

  public HostHealthRecord(String hostName, BrokerLink broker, UpdateStatus update, Instant now) {
    this.broker = broker;
    this.update = update;
    this.current = HostHealth.first(hostName, policy.decide(conditions()), update, now);
  }

  public synchronized HostHealth current() {
    return current;
  }

  public synchronized AgentPhase phase() {
    return phase;
  }

  /**
   * Records the results of a cycle over {@code considered} checks: only they make the snapshot;
   * considered ones without a result keep their standing, and the standing of a check left out is
   * set aside until a cycle considers it again. The snapshot keeps how long the cycle took, from
   * {@code startedAt} to {@code now}. Empty when the agent is already shutting down: a late cycle
   * never overrides the shutdown snapshot.
   */
  public synchronized Optional<Assessment> completeCycle(
      List<RunnableCheck> considered,
      List<CheckResult> results,
      List<PluginProblem> pluginProblems,
      Instant startedAt,
      Instant now) {
    if (phase == AgentPhase.SHUTTING_DOWN) {
      return Optional.empty();
    }
    Map<CheckId, CheckState> next = new LinkedHashMap<>();
    for (RunnableCheck check : considered) {
      CheckState previous = states.getOrDefault(check.id(), setAside.get(check.id()));
      var options = check.options();
      next.put(
          check.id(),
          previous == null
              ? CheckState.notRunYet(
                  check.definition(), options.effect(), options.thresholds(), now)
              : previous.withOptions(options.effect(), options.thresholds()));
    }
    for (CheckResult result : results) {
      next.computeIfPresent(result.id(), (id, state) -> state.record(result));
    }
    setAside.putAll(states);
    setAside.keySet().removeAll(next.keySet());
    states.clear();
    states.putAll(next);
    phase = AgentPhase.RUNNING;
    Assessment assessment = reassess(pluginProblems, now);
    current = current.afterCycle(Duration.between(startedAt, now));
    return Optional.of(new Assessment(current, assessment.change()));
  }

  /** Moves to shutting down; empty if that already happened. */
  public synchronized Optional<Assessment> shutDown(Instant now) {
    if (phase == AgentPhase.SHUTTING_DOWN) {
      return Optional.empty();
    }
    phase = AgentPhase.SHUTTING_DOWN;
    return Optional.of(reassess(now));
  }

  public synchronized Assessment updateChanged(UpdateStatus newUpdate, Instant now) {
    update = newUpdate;
    return reassess(now);
  }

  public synchronized Assessment brokerLinkChanged(BrokerLink newLink, Instant now) {
    broker = newLink;
    return reassess(now);
  }

  private Assessment reassess(Instant now) {
    return reassess(current.pluginProblems(), now);
  }

  private Assessment reassess(List<PluginProblem> pluginProblems, Instant now) {
    HostHealth next =
        HostHealth.after(current, policy.decide(conditions()), update, pluginProblems, now);
    Assessment assessment = new Assessment(next, next.changeFrom(current));
    current = next;
    return assessment;
  }

  private HostConditions conditions() {
    return new HostConditions(phase, update, broker, List.copyOf(states.values()));
  }
}
