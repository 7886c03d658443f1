package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.DurationText;
import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ReachAnswer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Answers from the scenario's {@code http} map and {@code network} section.
 *
 * <p>A fault's delay longer than the call's timeout ends the call at the timeout, as a real request
 * would; a hang ignores the timeout and waits for an interrupt, like a stuck client.
 */
final class ScenarioHttpProbe implements HttpProbe {

  /** Names the scenario key an answer came from, since an HTTP answer has no source field. */
  static final String SOURCE_HEADER = "X-Scenario-Source";

  private final ScenarioFile file;
  private final Clock clock;

  ScenarioHttpProbe(ScenarioFile file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  @Override
  public HttpAnswer get(URI uri, Map<String, String> headers, Duration timeout, boolean bypass) {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(timeout, "timeout");
    UrlKey key = UrlKey.of(uri);
    Instant start = clock.instant();
    Scenario scenario = file.current();
    if (!faultLetsThrough(scenario, Faults.GET, timeout)) {
      throw new ProbeException(
          "GET "
              + uri
              + ": timed out after "
              + DurationText.format(timeout)
              + delayedBy(scenario, Faults.GET));
    }
    HttpFacts facts = scenario.http().get(key);
    if (facts == null) {
      throw new ProbeException(
          "GET "
              + uri
              + ": connection refused ("
              + file.where("http")
              + " does not list "
              + key
              + ")");
    }
    String where = file.where("http", key.text());
    if (facts.error() != null) {
      throw new ProbeException("GET " + uri + ": " + facts.error() + " (" + where + ")");
    }
    Map<String, List<String>> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    facts.headers().forEach((name, value) -> answerHeaders.put(name, List.of(value)));
    answerHeaders.put(SOURCE_HEADER, List.of(where));
    return new HttpAnswer(facts.status(), answerHeaders, facts.body(), since(start));
  }

  @Override
  public ReachAnswer reach(String host, int port, Duration timeout) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be from 1 to 65535, found " + port);
    }
    Instant start = clock.instant();
    Scenario scenario = file.current();
    if (!faultLetsThrough(scenario, Faults.REACH, timeout)) {
      return new ReachAnswer(
          false,
          "timed out after " + DurationText.format(timeout) + delayedBy(scenario, Faults.REACH),
          since(start));
    }
    NetworkFacts network = scenario.network();
    Endpoint endpoint = new Endpoint(host, port);
    if (network.unreachable().contains(endpoint)) {
      return new ReachAnswer(
          false, "connection refused (" + file.where("network", "unreachable") + ")", since(start));
    }
    if (network.reachable().contains(endpoint)) {
      return new ReachAnswer(
          true, "connected (" + file.where("network", "reachable") + ")", since(start));
    }
    String fallback = file.where("network", "default") + " " + network.fallback();
    return network.reachableByDefault()
        ? new ReachAnswer(true, "connected (" + fallback + ")", since(start))
        : new ReachAnswer(false, "connection refused (" + fallback + ")", since(start));
  }

  /** Acts out the call's fault; false when its delay outlasted the call's own timeout. */
  private boolean faultLetsThrough(Scenario scenario, String call, Duration timeout) {
    Optional<Fault> fault = scenario.fault(call);
    if (fault.isEmpty()) {
      return true;
    }
    String where = file.where("faults", call);
    if (!fault.get().hold(timeout, where)) {
      return false;
    }
    fault.get().raise(where);
    return true;
  }

  private String delayedBy(Scenario scenario, String call) {
    Duration delay = scenario.fault(call).map(Fault::delay).orElse(Duration.ZERO);
    return " (" + file.where("faults", call) + " delays it by " + DurationText.format(delay) + ")";
  }

  private Duration since(Instant start) {
    Duration took = Duration.between(start, clock.instant());
    return took.isNegative() ? Duration.ZERO : took;
  }
}
