package dev.sessionhost.plugins.metadataservice;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.HttpAnswer;
import dev.sessionhost.plugin.api.HttpProbe;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pf4j.Extension;

/**
 * Checks that the instance metadata service answers with the VM's compute document: a GET of {@code
 * {endpoint}/metadata/instance/compute?api-version={apiVersion}&format=json} with {@code Metadata:
 * true}, bypassing any proxy, must answer 200 with a non-empty {@code vmId}.
 *
 * <p>Settings: {@code endpoint} (default {@code http://169.254.169.254}), {@code apiVersion}
 * (default {@code 2021-02-01}), {@code requestTimeout} (default 2s, cut to the time left). Error
 * codes: 1 the service did not answer (refused, timed out, unknown host); 2 it answered with a
 * status other than 200; 3 it answered 200 without a vmId.
 */
@Extension
public final class MetaDataServiceCheck implements HealthCheck {

  /** Failure code: no answer came from the metadata service. */
  public static final int UNREACHABLE = 1;

  /** Failure code: the metadata service answered with a status other than 200. */
  public static final int NOT_OK = 2;

  /** Failure code: the metadata service answered 200 but the body holds no vmId. */
  public static final int NO_VM_ID = 3;

  static final String DEFAULT_ENDPOINT = "http://169.254.169.254";
  static final String DEFAULT_API_VERSION = "2021-02-01";
  static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(2);

  private static final Pattern VM_ID = Pattern.compile("\"vmId\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern API_VERSION = Pattern.compile("[A-Za-z0-9._-]+");
  private static final int BODY_SHOWN = 200;

  private static final CheckDescriptor DESCRIPTOR =
      CheckDescriptor.builder("MetaDataServiceCheck")
          .displayName("Instance metadata service")
          .verifies(
              "the instance metadata service answers with the VM's compute properties (HTTP 200 with"
                  + " a vmId)")
          .severity(Severity.NON_FATAL)
          .remediation(
              "Make sure the VM reaches 169.254.169.254 on port 80 directly: check the firewall"
                  + " (iptables -L, nft list ruleset) and that no proxy intercepts it (no_proxy must"
                  + " include 169.254.169.254), then try curl -H 'Metadata: true' --noproxy '*'"
                  + " 'http://169.254.169.254/metadata/instance/compute?api-version=2021-02-01'.")
          .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    URI uri = requestUri(context.settings());
    Duration limit = context.settings().duration("requestTimeout", DEFAULT_REQUEST_TIMEOUT);
    if (limit.isZero()) {
      throw context.settings().invalid("requestTimeout", "a positive duration such as 2s");
    }
    HttpProbe http = context.probe(HttpProbe.class);
    Duration remaining = context.remaining();
    if (remaining.isZero()) {
      return CheckVerdict.undetermined("no time was left to ask the metadata service at " + uri);
    }
    Duration timeout = remaining.compareTo(limit) < 0 ? remaining : limit;
    HttpAnswer answer;
    try {
      answer = http.get(uri, Map.of("Metadata", "true"), timeout, true);
    } catch (ProbeException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // the host gave up on this run; no verdict is wanted
      }
      // no answer is the fact this check looks for, so it fails rather than stays unknown
      return CheckVerdict.failed(
          UNREACHABLE,
          "the metadata service did not answer at " + uri + ": " + e.getMessage(),
          Map.of("url", uri.toString()));
    }
    return judge(answer, uri);
  }

  private static CheckVerdict judge(HttpAnswer answer, URI uri) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("url", uri.toString());
    details.put("took", answer.took().toMillis() + " ms");
    if (answer.status() != 200) {
      details.put("body", excerpt(answer.body()));
      return CheckVerdict.failed(
          NOT_OK,
          "the metadata service answered HTTP "
              + answer.status()
              + " from "
              + uri
              + (answer.status() == 400 ? " (is the apiVersion setting one it supports?)" : ""),
          details);
    }
    Matcher vmId = VM_ID.matcher(answer.body());
    if (!vmId.find() || vmId.group(1).isBlank()) {
      details.put("body", excerpt(answer.body()));
      return CheckVerdict.failed(
          NO_VM_ID,
          "the metadata service answered HTTP 200 from " + uri + " but the body holds no vmId",
          details);
    }
    details.put("vmId", vmId.group(1));
    return CheckVerdict.passed(
        "the metadata service answered HTTP 200 with vmId " + vmId.group(1) + " from " + uri,
        details);
  }

  /** Builds the request address from the settings, rejecting values that cannot form one. */
  static URI requestUri(CheckSettings settings) {
    String endpoint = settings.string("endpoint", DEFAULT_ENDPOINT).trim();
    while (endpoint.endsWith("/")) {
      endpoint = endpoint.substring(0, endpoint.length() - 1);
    }
    URI base;
    try {
      base = new URI(endpoint);
    } catch (URISyntaxException e) {
      base = null;
    }
    if (base == null
        || base.getHost() == null
        || base.getQuery() != null
        || base.getFragment() != null
        || !("http".equalsIgnoreCase(base.getScheme())
            || "https".equalsIgnoreCase(base.getScheme()))) {
      throw settings.invalid("endpoint", "an http or https address such as " + DEFAULT_ENDPOINT);
    }
    String apiVersion = settings.string("apiVersion", DEFAULT_API_VERSION).trim();
    if (!API_VERSION.matcher(apiVersion).matches()) {
      throw settings.invalid("apiVersion", "an api-version such as " + DEFAULT_API_VERSION);
    }
    return URI.create(
        endpoint + "/metadata/instance/compute?api-version=" + apiVersion + "&format=json");
  }

  private static String excerpt(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    if (flat.isEmpty()) {
      return "(empty)";
    }
    return flat.length() > BODY_SHOWN ? flat.substring(0, BODY_SHOWN) + "..." : flat;
  }
}
