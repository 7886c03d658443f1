package dev.sessionhost.plugins.urlsaccessible;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ReachAnswer;
import dev.sessionhost.plugin.api.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Checks that the service endpoints the host needs accept TCP connections, probing them in
 * parallel; entries holding a wildcard are skipped and listed in the details.
 *
 * <p>Settings: {@code urls} (default: the public-cloud list) and {@code perUrlTimeout} (default 3s,
 * cut to the time left). Error codes: 1 some endpoints are unreachable; 2 none is reachable.
 * Endpoints not answered before the deadline, with none unreachable, make the run undetermined.
 */
@Extension
public final class UrlsAccessibleCheck implements HealthCheck {

  /** Failure code: some of the endpoints are unreachable. */
  public static final int SOME_UNREACHABLE = 1;

  /** Failure code: every endpoint probed is unreachable, as when outbound traffic is blocked. */
  public static final int ALL_UNREACHABLE = 2;

  static final List<String> DEFAULT_URLS =
      List.of(
          "login.microsoftonline.com",
          "*.wvd.microsoft.com",
          "*.prod.warm.ingest.monitor.core.windows.net",
          "catalogartifact.azureedge.net",
          "gcs.prod.monitoring.core.windows.net",
          "azkms.core.windows.net:1688",
          "mrsglobalsteus2prod.blob.core.windows.net",
          "wvdportalstorageblob.blob.core.windows.net",
          "169.254.169.254:80",
          "168.63.129.16:80",
          "oneocsp.microsoft.com:80",
          "www.microsoft.com:80");

  static final Duration DEFAULT_PER_URL_TIMEOUT = Duration.ofSeconds(3);

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("UrlsAccessibleCheck")
          .displayName("Required URLs")
          .verifies(
              "the service endpoints the host needs (sign-in, broker, monitoring, activation,"
                  + " metadata) accept TCP connections")
          .severity(Severity.NON_FATAL)
          .remediation(
              "Allow outbound traffic to the listed endpoints: check the firewall (iptables -L,"
                  + " nft list ruleset, network security groups), the proxy and DNS (getent hosts"
                  + " <host>), then test one with nc -vz <host> <port>.")
          .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) throws InterruptedException {
    CheckSettings settings = context.settings();
    List<String> urls = settings.stringList("urls", DEFAULT_URLS);
    Duration perUrl = settings.duration("perUrlTimeout", DEFAULT_PER_URL_TIMEOUT);
    if (perUrl.isZero()) {
      throw settings.invalid("perUrlTimeout", "a positive duration such as 3s");
    }
    List<String> skipped = new ArrayList<>();
    Map<String, Endpoint> byLabel = new LinkedHashMap<>();
    for (int i = 0; i < urls.size(); i++) {
      String entry = urls.get(i).trim();
      if (entry.contains("*")) {
        skipped.add(entry);
      } else {
        Endpoint endpoint = Endpoint.parse(entry, context.checkId(), "urls[" + i + "]");
        byLabel.putIfAbsent(endpoint.label(), endpoint);
      }
    }
    Map<String, String> details = new LinkedHashMap<>();
    String skippedNote = "";
    if (!skipped.isEmpty()) {
      details.put("skipped (wildcards are not probed)", String.join(", ", skipped));
      skippedNote = " (" + skipped.size() + " wildcard entries skipped)";
    }
    List<Endpoint> endpoints = List.copyOf(byLabel.values());
    if (endpoints.isEmpty()) {
      return CheckVerdict.passed("no endpoints to probe" + skippedNote, details);
    }
    HttpProbe http = context.probe(HttpProbe.class);
    List<ReachAnswer> answers = ParallelReach.reachAll(http, endpoints, perUrl, context);
    return judge(endpoints, answers, details, skippedNote);
  }

  private static CheckVerdict judge(
      List<Endpoint> endpoints,
      List<ReachAnswer> answers,
      Map<String, String> details,
      String skippedNote) {
    List<String> unreachable = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    for (int i = 0; i < endpoints.size(); i++) {
      String label = endpoints.get(i).label();
      ReachAnswer answer = answers.get(i);
      if (answer == null) {
        unanswered.add(label);
        details.put(label, "not probed before the deadline");
      } else if (answer.reachable()) {
        details.put(
            label, "reachable: " + answer.detail() + " (" + answer.took().toMillis() + " ms)");
      } else {
        unreachable.add(label + " (" + answer.detail() + ")");
        details.put(label, "unreachable: " + answer.detail());
      }
    }
    int total = endpoints.size();
    if (!unreachable.isEmpty()) {
      String late =
          unanswered.isEmpty()
              ? ""
              : "; not probed before the deadline: " + String.join(", ", unanswered);
      return CheckVerdict.failed(
          unreachable.size() == total ? ALL_UNREACHABLE : SOME_UNREACHABLE,
          unreachable.size()
              + " of "
              + total
              + " endpoints are unreachable: "
              + String.join("; ", unreachable)
              + late,
          details);
    }
    if (!unanswered.isEmpty()) {
      return CheckVerdict.undetermined(
          unanswered.size()
              + " of "
              + total
              + " endpoints were not probed before the deadline: "
              + String.join(", ", unanswered),
          details);
    }
    return CheckVerdict.passed("all " + total + " endpoints are reachable" + skippedNote, details);
  }
}
