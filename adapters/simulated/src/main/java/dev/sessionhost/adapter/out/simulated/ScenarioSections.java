package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.adapter.out.simulated.YamlBinder.Key;
import dev.sessionhost.adapter.out.simulated.YamlBinder.Section;
import dev.sessionhost.plugin.api.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The keys of each section of a scenario file, in the order errors list them, and their types. */
final class ScenarioSections {

  static final Section<DirectoryFacts> DIRECTORY =
      new Section<>(
          DirectoryFacts.class,
          List.of(
              new Key("joined", YamlBinder::bool),
              new Key("realm", YamlBinder::text),
              new Key("keytab", YamlBinder::text),
              new Key("trusted", YamlBinder::bool),
              new Key("trustAnswer", YamlBinder::text)),
          v ->
              new DirectoryFacts(
                  (Boolean) v[0], (String) v[1], (String) v[2], (Boolean) v[3], (String) v[4]));

  static final Section<ListenerFacts> LISTENER =
      new Section<>(
          ListenerFacts.class,
          List.of(
              new Key("port", YamlBinder::integer),
              new Key("process", YamlBinder::text),
              new Key("listening", YamlBinder::bool)),
          v -> new ListenerFacts((Integer) v[0], (String) v[1], (Boolean) v[2]));

  static final Section<ServiceFacts> SERVICE =
      new Section<>(
          ServiceFacts.class,
          List.of(
              new Key("installed", YamlBinder::bool),
              new Key("active", YamlBinder::bool),
              new Key("detail", YamlBinder::text)),
          v -> new ServiceFacts((Boolean) v[0], (Boolean) v[1], (String) v[2]));

  static final Section<HttpFacts> HTTP =
      new Section<>(
          HttpFacts.class,
          List.of(
              new Key("status", YamlBinder::integer),
              new Key("body", YamlBinder::text),
              new Key("headers", in -> in.map(Function.identity(), YamlBinder::text)),
              new Key("error", YamlBinder::text)),
          v -> new HttpFacts((Integer) v[0], (String) v[1], strings(v[2]), (String) v[3]));

  static final Section<NetworkFacts> NETWORK =
      new Section<>(
          NetworkFacts.class,
          List.of(
              new Key("default", YamlBinder::text),
              new Key("reachable", ScenarioSections::endpoints),
              new Key("unreachable", ScenarioSections::endpoints)),
          v -> new NetworkFacts((String) v[0], endpoints(v[1]), endpoints(v[2])));

  static final Section<FileFacts> FILE =
      new Section<>(
          FileFacts.class,
          List.of(
              new Key("exists", YamlBinder::bool),
              new Key("readable", YamlBinder::bool),
              new Key("directory", YamlBinder::bool),
              new Key("size", YamlBinder::whole),
              new Key("detail", YamlBinder::text)),
          v ->
              new FileFacts(
                  (Boolean) v[0], (Boolean) v[1], (Boolean) v[2], (Long) v[3], (String) v[4]));

  static final Section<Fault> FAULT =
      new Section<>(
          Fault.class,
          List.of(
              new Key("delay", ScenarioSections::duration),
              new Key("hang", YamlBinder::bool),
              new Key("error", YamlBinder::text)),
          v -> new Fault((Duration) v[0], (Boolean) v[1], (String) v[2]));

  static final Section<Faults> FAULTS =
      new Section<>(
          Faults.class,
          List.of(
              new Key(Faults.MEMBERSHIP, in -> in.section(FAULT)),
              new Key(Faults.TEST_TRUST, in -> in.section(FAULT)),
              new Key(Faults.TCP_LISTENER, in -> in.section(FAULT)),
              new Key(Faults.LISTENER_NAMED, in -> in.section(FAULT)),
              new Key(Faults.SERVICE, in -> in.section(FAULT)),
              new Key(Faults.GET, in -> in.section(FAULT)),
              new Key(Faults.REACH, in -> in.section(FAULT)),
              new Key(Faults.PATH, in -> in.section(FAULT))),
          v ->
              new Faults(
                  (Fault) v[0],
                  (Fault) v[1],
                  (Fault) v[2],
                  (Fault) v[3],
                  (Fault) v[4],
                  (Fault) v[5],
                  (Fault) v[6],
                  (Fault) v[7]));

  static final Section<Scenario> SCENARIO =
      new Section<>(
          Scenario.class,
          List.of(
              new Key("description", YamlBinder::text),
              new Key("directory", in -> in.section(DIRECTORY)),
              new Key("listeners", in -> in.list(item -> item.section(LISTENER))),
              new Key("services", in -> in.map(Function.identity(), i -> i.section(SERVICE))),
              new Key("http", in -> in.map(UrlKey::parse, i -> i.section(HTTP))),
              new Key("network", in -> in.section(NETWORK)),
              new Key("files", in -> in.map(Function.identity(), i -> i.section(FILE))),
              new Key("faults", in -> in.section(FAULTS))),
          ScenarioSections::scenario);

  private ScenarioSections() {}

  @SuppressWarnings("unchecked")
  private static Scenario scenario(Object[] v) {
    return new Scenario(
        (String) v[0],
        (DirectoryFacts) v[1],
        (List<ListenerFacts>) v[2],
        (Map<String, ServiceFacts>) v[3],
        (Map<UrlKey, HttpFacts>) v[4],
        (NetworkFacts) v[5],
        (Map<String, FileFacts>) v[6],
        (Faults) v[7]);
  }

  private static Duration duration(YamlBinder in) {
    return in.fromText(
        text -> {
          return DurationText.parse(text)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "\""
                              + text
                              + "\" is not a duration (write "
                              + DurationText.EXAMPLES
                              + ")"));
        },
        "expected a duration with a unit, " + DurationText.EXAMPLES);
  }

  private static List<Endpoint> endpoints(YamlBinder in) {
    return in.list(
        item -> item.fromText(Endpoint::parse, "expected an endpoint: host, host:port or a URL"));
  }

  @SuppressWarnings("unchecked")
  private static List<Endpoint> endpoints(Object value) {
    return (List<Endpoint>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> strings(Object value) {
    return (Map<String, String>) value;
  }
}
