package dev.sessionhost.adapter.out.simulated;

import static dev.sessionhost.adapter.out.simulated.ScenarioFiles.probe;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.DurationText;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.PathState;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.ServiceProbe;
import dev.sessionhost.plugin.api.ServiceState;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Asks the probes what the built-in checks ask with their default settings, and judges the answers
 * the way the checks do; calls the scenario makes slow or hang are not made but named.
 */
final class DefaultChecks {

  static final String JOINED = "DomainJoinedCheck";
  static final String TRUST = "DomainTrustCheck";
  static final String LISTENER = "SxSStackListenerCheck";
  static final String MONITORING = "MonitoringAgentCheck";
  static final String METADATA = "MetaDataServiceCheck";
  static final String URLS = "UrlsAccessibleCheck";
  static final String APP_ATTACH = "AppAttachHealthCheck";
  static final List<String> ALL =
      List.of(JOINED, TRUST, LISTENER, MONITORING, METADATA, URLS, APP_ATTACH);

  /** The default required list, as host:port; the wildcard entries are skipped by the check. */
  static final List<String> REQUIRED =
      List.of(
          "login.microsoftonline.com:443",
          "catalogartifact.azureedge.net:443",
          "gcs.prod.monitoring.core.windows.net:443",
          "azkms.core.windows.net:1688",
          "mrsglobalsteus2prod.blob.core.windows.net:443",
          "wvdportalstorageblob.blob.core.windows.net:443",
          "169.254.169.254:80",
          "168.63.129.16:80",
          "oneocsp.microsoft.com:80",
          "www.microsoft.com:80");

  /** The packages of the lead's examples/conf/app-attach.yaml. */
  static final List<String> PACKAGES =
      List.of("/srv/appattach/office.vhdx", "/srv/appattach/crm.vhdx");

  private static final Pattern VM_ID = Pattern.compile("\"vmId\"\\s*:\\s*\"[^\"]+\"");
  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private DefaultChecks() {}

  /** Each check's outcome: passed, failed, unknown, hangs or delayed past the default timeout. */
  static Map<String, String> judge(SimulatedEnvironment environment) {
    Scenario scenario = ScenarioReader.read(environment.scenarioFile());
    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.put(
        JOINED,
        run(
            scenario,
            Faults.MEMBERSHIP,
            () -> {
              DomainMembership membership = probe(environment, DirectoryProbe.class).membership();
              return membership.joined() && !membership.keytab().isEmpty();
            }));
    outcomes.put(
        TRUST,
        run(
            scenario,
            Faults.TEST_TRUST,
            () -> probe(environment, DirectoryProbe.class).testTrust().trusted()));
    outcomes.put(
        LISTENER,
        run(
            scenario,
            Faults.TCP_LISTENER,
            () -> probe(environment, ListenerProbe.class).tcpListener(3389).listening()));
    outcomes.put(
        MONITORING,
        run(
            scenario,
            Faults.SERVICE,
            () -> {
              ServiceState state =
                  probe(environment, ServiceProbe.class).service("azuremonitoragent");
              return state.installed() && state.active();
            }));
    outcomes.put(METADATA, run(scenario, Faults.GET, () -> metadataAnswers(environment)));
    outcomes.put(
        URLS,
        run(
            scenario,
            Faults.REACH,
            () ->
                REQUIRED.stream()
                    .allMatch(
                        endpoint -> {
                          Endpoint target = Endpoint.parse(endpoint);
                          return probe(environment, HttpProbe.class)
                              .reach(target.host(), target.port(), Duration.ofSeconds(3))
                              .reachable();
                        })));
    outcomes.put(
        APP_ATTACH,
        run(
            scenario,
            Faults.PATH,
            () ->
                PACKAGES.stream()
                    .allMatch(
                        path -> {
                          PathState state = probe(environment, FileProbe.class).path(path);
                          return state.exists() && state.readable() && !state.directory();
                        })));
    return outcomes;
  }

  /** No answer is itself the failure this check looks for, so it fails rather than goes unknown. */
  private static boolean metadataAnswers(SimulatedEnvironment environment) {
    HttpAnswer answer;
    try {
      answer =
          probe(environment, HttpProbe.class)
              .get(
                  URI.create(
                      "http://169.254.169.254/metadata/instance/compute"
                          + "?api-version=2021-02-01&format=json"),
                  Map.of("Metadata", "true"),
                  Duration.ofSeconds(2),
                  true);
    } catch (ProbeException e) {
      return false;
    }
    return answer.status() == 200 && VM_ID.matcher(answer.body()).find();
  }

  private static String run(Scenario scenario, String call, Supplier<Boolean> check) {
    Optional<Fault> fault = scenario.fault(call);
    if (fault.isPresent() && fault.get().hang()) {
      return "hangs";
    }
    if (fault.isPresent()
        && fault.get().delay() != null
        && fault.get().delay().compareTo(TEN_SECONDS) > 0) {
      return "delayed " + DurationText.format(fault.get().delay());
    }
    try {
      return check.get() ? "passed" : "failed";
    } catch (ProbeException e) {
      return "unknown";
    }
  }
}
