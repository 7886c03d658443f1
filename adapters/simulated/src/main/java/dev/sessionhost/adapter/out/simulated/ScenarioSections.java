package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.DurationText;
import dev.sessionhost.support.yaml.KeyPath;
import dev.sessionhost.support.yaml.Section;
import dev.sessionhost.support.yaml.Values;
import dev.sessionhost.support.yaml.YamlNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sections of a scenario file: the keys of each, in the order errors list them, and how each
 * value is read. A number or boolean is accepted as text; a key written without a value is absent;
 * a section's record rejects impossible facts, which are reported at the key they name.
 *
 * <p>Plain methods rather than a table of lambdas: each lambda costs class spinning at start-up.
 */
final class ScenarioSections {

  static final List<String> SCENARIO_KEYS =
      List.of(
          "description",
          "directory",
          "listeners",
          "services",
          "http",
          "network",
          "files",
          "faults");
  private static final List<String> DIRECTORY_KEYS =
      List.of("joined", "realm", "keytab", "trusted", "trustAnswer");
  private static final List<String> LISTENER_KEYS = List.of("port", "process", "listening");
  private static final List<String> SERVICE_KEYS = List.of("installed", "active", "detail");
  private static final List<String> HTTP_KEYS = List.of("status", "body", "headers", "error");
  private static final List<String> NETWORK_KEYS = List.of("default", "reachable", "unreachable");
  private static final List<String> FILE_KEYS =
      List.of("exists", "readable", "directory", "size", "detail");
  private static final List<String> FAULT_KEYS = List.of("delay", "hang", "error");
  private static final List<String> FAULTS_KEYS =
      List.of(
          Faults.MEMBERSHIP,
          Faults.TEST_TRUST,
          Faults.TCP_LISTENER,
          Faults.LISTENER_NAMED,
          Faults.SERVICE,
          Faults.GET,
          Faults.REACH,
          Faults.PATH);

  private ScenarioSections() {}

  /** The whole file, read from its root section. */
  static Scenario scenario(Section s) {
    try {
      return new Scenario(
          s.writtenText("description").orElse(null),
          s.value("directory").isEmpty() ? null : directory(s.section("directory", DIRECTORY_KEYS)),
          listeners(s),
          byName(s, "services", SERVICE_KEYS, ScenarioSections::service),
          http(s),
          s.value("network").isEmpty() ? null : network(s.section("network", NETWORK_KEYS)),
          byName(s, "files", FILE_KEYS, ScenarioSections::file),
          s.value("faults").isEmpty() ? null : faults(s.section("faults", FAULTS_KEYS)));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  private static DirectoryFacts directory(Section s) {
    try {
      return new DirectoryFacts(
          s.bool("joined").orElse(null),
          s.writtenText("realm").orElse(null),
          s.writtenText("keytab").orElse(null),
          s.bool("trusted").orElse(null),
          s.writtenText("trustAnswer").orElse(null));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  private static List<ListenerFacts> listeners(Section s) {
    if (s.value("listeners").isEmpty()) {
      return null;
    }
    String path = s.pathOf("listeners");
    List<ListenerFacts> listeners = new ArrayList<>();
    for (YamlNode item : Values.items(s.source(), path, s.value("listeners").get(), "a list")) {
      listeners.add(
          isEmpty(item)
              ? null
              : listener(
                  Section.of(
                      s.source(), KeyPath.item(path, listeners.size()), item, LISTENER_KEYS)));
    }
    return listeners;
  }

  private static ListenerFacts listener(Section s) {
    try {
      return new ListenerFacts(
          s.integer("port", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null),
          s.writtenText("process").orElse(null),
          s.bool("listening").orElse(null));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  /** A map of names to sections, such as {@code services}; a name without keys is listed only. */
  private static <V> Map<String, V> byName(
      Section scenario, String key, List<String> known, Function<Section, V> read) {
    if (scenario.value(key).isEmpty()) {
      return null;
    }
    Section map = scenario.section(key, List.of());
    Map<String, V> byName = new LinkedHashMap<>();
    for (YamlNode.Entry entry : map.entries()) {
      byName.put(
          entry.key(), isEmpty(entry.value()) ? null : read.apply(entrySection(map, entry, known)));
    }
    return byName;
  }

  private static ServiceFacts service(Section s) {
    try {
      return new ServiceFacts(
          s.bool("installed").orElse(null),
          s.bool("active").orElse(null),
          s.writtenText("detail").orElse(null));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  private static Map<UrlKey, HttpFacts> http(Section scenario) {
    if (scenario.value("http").isEmpty()) {
      return null;
    }
    Section http = scenario.section("http", List.of());
    Map<UrlKey, HttpFacts> byUrl = new LinkedHashMap<>();
    for (YamlNode.Entry entry : http.entries()) {
      UrlKey url;
      try {
        url = UrlKey.parse(entry.key());
      } catch (IllegalArgumentException e) {
        throw http.keyError(entry, e.getMessage());
      }
      byUrl.put(url, isEmpty(entry.value()) ? null : answer(entrySection(http, entry, HTTP_KEYS)));
    }
    return byUrl;
  }

  private static HttpFacts answer(Section s) {
    Map<String, String> headers = null;
    if (s.value("headers").isPresent()) {
      Section section = s.section("headers", List.of());
      headers = new LinkedHashMap<>();
      for (YamlNode.Entry entry : section.entries()) {
        headers.put(entry.key(), section.writtenText(entry.key()).orElse(null));
      }
    }
    try {
      return new HttpFacts(
          s.integer("status", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null),
          s.writtenText("body").orElse(null),
          headers,
          s.writtenText("error").orElse(null));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  private static NetworkFacts network(Section s) {
    try {
      return new NetworkFacts(
          s.writtenText("default").orElse(null),
          endpoints(s, "reachable"),
          endpoints(s, "unreachable"));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  private static List<Endpoint> endpoints(Section s, String key) {
    if (s.value(key).isEmpty()) {
      return null;
    }
    String path = s.pathOf(key);
    List<Endpoint> endpoints = new ArrayList<>();
    for (YamlNode item : Values.items(s.source(), path, s.value(key).get(), "a list")) {
      endpoints.add(
          isEmpty(item)
              ? null
              : Values.parsed(
                  s.source(),
                  KeyPath.item(path, endpoints.size()),
                  item,
                  Endpoint::parse,
                  "an endpoint: host, host:port or a URL"));
    }
    return endpoints;
  }

  private static FileFacts file(Section s) {
    try {
      return new FileFacts(
          s.bool("exists").orElse(null),
          s.bool("readable").orElse(null),
          s.bool("directory").orElse(null),
          s.whole("size", Long.MIN_VALUE, Long.MAX_VALUE).orElse(null),
          s.writtenText("detail").orElse(null));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  private static Faults faults(Section s) {
    return new Faults(
        fault(s, Faults.MEMBERSHIP),
        fault(s, Faults.TEST_TRUST),
        fault(s, Faults.TCP_LISTENER),
        fault(s, Faults.LISTENER_NAMED),
        fault(s, Faults.SERVICE),
        fault(s, Faults.GET),
        fault(s, Faults.REACH),
        fault(s, Faults.PATH));
  }

  private static Fault fault(Section faults, String call) {
    if (faults.value(call).isEmpty()) {
      return null;
    }
    Section s = faults.section(call, FAULT_KEYS);
    try {
      return new Fault(
          s.parsed(
                  "delay",
                  ScenarioSections::duration,
                  "a duration with a unit, " + DurationText.EXAMPLES)
              .orElse(null),
          s.bool("hang").orElse(null),
          s.writtenText("error").orElse(null));
    } catch (FactException e) {
      throw s.error(e.key(), e.problem());
    }
  }

  private static Duration duration(String text) {
    return DurationText.parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "\"" + text + "\" is not a duration (write " + DurationText.EXAMPLES + ")"));
  }

  private static Section entrySection(Section parent, YamlNode.Entry entry, List<String> known) {
    return Section.of(parent.source(), parent.pathOf(entry.key()), entry.value(), known);
  }

  private static boolean isEmpty(YamlNode node) {
    return node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isEmpty();
  }
}
