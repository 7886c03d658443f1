package dev.sessionhost.bootstrap.config;

import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.support.yaml.KeyPath;
import dev.sessionhost.support.yaml.Section;
import dev.sessionhost.support.yaml.Values;
import dev.sessionhost.support.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the YAML tree of a configuration file into a {@link SessionhostConfig}. */
final class ConfigBinder {

  private static final List<String> ROOT_KEYS =
      List.of(
          "agent",
          "plugins",
          "checks",
          "http",
          "broker",
          CommandChecksBinder.SECTION,
          "brokerServer");
  private static final List<String> AGENT_KEYS =
      List.of("hostName", "cycleInterval", "environment", "scenario", "pluginsDir", "stateDir");
  private static final List<String> PLUGINS_KEYS = List.of("disabled");
  private static final List<String> HTTP_KEYS = List.of("bind", "port", "adminToken");
  private static final List<String> BROKER_KEYS = List.of("url", "registrationToken");
  private static final List<String> BROKER_SERVER_KEYS =
      List.of(
          "bind", "port", "adminToken", "stateDir", "heartbeatTimeout", "database", "powerState");
  private static final List<String> POWER_STATE_KEYS =
      List.of("source", "command", "timeout", "keepFor", "hosts", "otherwise");
  private static final Duration LONGEST_POWER_STATE_TIMEOUT = Duration.ofMinutes(1);
  private static final List<String> DATABASE_KEYS = List.of("url", "user", "password", "poolSize");

  /** A heartbeat timeout shorter than this would call hosts silent between two of their cycles. */
  private static final Duration SHORTEST_HEARTBEAT_TIMEOUT = Duration.ofSeconds(1);

  private static final Duration LONGEST_HEARTBEAT_TIMEOUT = Duration.ofDays(1);

  /** A day: a longer cycle would leave the status stale for longer than anyone would want. */
  private static final Duration LONGEST_CYCLE = Duration.ofDays(1);

  private ConfigBinder() {}

  /**
   * Binds the file's root value.
   *
   * @param base the directory relative paths in the file start from: the file's own
   * @param home the sessionhost home, under which the default folders lie
   */
  static SessionhostConfig bind(YamlNode root, String source, Path base, Path home) {
    Section top = Section.of(source, "", root, ROOT_KEYS);
    return new SessionhostConfig(
        agent(top.section("agent", AGENT_KEYS), base, AgentSection.defaults(home)),
        plugins(top.section("plugins", PLUGINS_KEYS)),
        ChecksBinder.checks(top.section("checks", List.of())),
        http(top.section("http", HTTP_KEYS)),
        broker(top.section("broker", BROKER_KEYS)),
        CommandChecksBinder.bind(source, top.value(CommandChecksBinder.SECTION).orElse(null)),
        brokerServer(
            top.section("brokerServer", BROKER_SERVER_KEYS),
            base,
            BrokerServerSection.defaults(home)),
        source);
  }

  private static AgentSection agent(Section s, Path base, AgentSection defaults) {
    Optional<Path> scenario = s.path("scenario", base);
    return new AgentSection(
        AgentSection.hostNameOf(s.text("hostName").orElse("")),
        DurationValues.duration(s, "cycleInterval", AgentSection.MIN_CYCLE_INTERVAL, LONGEST_CYCLE)
            .orElse(defaults.cycleInterval()),
        s.parsed("environment", Environment::parse).orElse(defaults.environment()),
        scenario.isPresent() ? scenario : defaults.scenario(),
        s.path("pluginsDir", base).orElse(defaults.pluginsDir()),
        s.path("stateDir", base).orElse(defaults.stateDir()));
  }

  private static PluginsSection plugins(Section s) {
    Set<String> ids = new LinkedHashSet<>();
    Optional<YamlNode> disabled = s.value("disabled");
    if (disabled.isEmpty()) {
      return new PluginsSection(ids);
    }
    String keyPath = s.pathOf("disabled");
    if (!(disabled.get() instanceof YamlNode.Sequence)) {
      throw Values.error(
          s.source(),
          disabled.get(),
          keyPath,
          "expected a list of plugin ids, found " + disabled.get().describe());
    }
    List<YamlNode> items = ((YamlNode.Sequence) disabled.get()).items();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = KeyPath.item(keyPath, i);
      String id = Values.text(s.source(), itemPath, items.get(i)).trim();
      if (id.isEmpty()) {
        throw Values.error(s.source(), items.get(i), itemPath, "expected a plugin id, found \"\"");
      }
      ids.add(id);
    }
    return new PluginsSection(ids);
  }

  private static HttpSection http(Section s) {
    String bind = s.text("bind").orElse(HttpSection.DEFAULTS.bind()).trim();
    Optional<String> token = s.parsed("adminToken", ConfigBinder::adminToken);
    return new HttpSection(
        bind, s.integer("port", 0, 65535).orElse(HttpSection.DEFAULTS.port()), token);
  }

  /** A token short enough to guess would protect nothing. */
  private static String adminToken(String text) {
    String token = text.trim();
    if (token.length() < 16) {
      throw new IllegalArgumentException(
          "expected an admin token of at least 16 characters, found " + token.length());
    }
    return token;
  }

  private static BrokerSection broker(Section s) {
    String url = s.parsed("url", ConfigBinder::brokerUrl).orElse("");
    return new BrokerSection(url, s.text("registrationToken").orElse(""));
  }

  private static String brokerUrl(String text) {
    String trimmed = text.trim();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme();
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return trimmed;
      }
    } catch (URISyntaxException e) {
      // reported below with what was expected
    }
    throw new IllegalArgumentException("expected an http or https URL, found \"" + text + "\"");
  }

  private static BrokerServerSection brokerServer(
      Section s, Path base, BrokerServerSection defaults) {
    Section db = s.section("database", DATABASE_KEYS);
    BrokerServerSection.Database database =
        new BrokerServerSection.Database(
            db.parsed("url", ConfigBinder::jdbcUrl),
            db.text("user").orElse(""),
            db.text("password").orElse(""),
            db.integer("poolSize", 1, 256).orElse(BrokerServerSection.Database.DEFAULT_POOL_SIZE));
    return new BrokerServerSection(
        s.text("bind").orElse(defaults.bind()).trim(),
        s.integer("port", 0, 65535).orElse(defaults.port()),
        s.parsed("adminToken", ConfigBinder::adminToken),
        s.path("stateDir", base).orElse(defaults.stateDir()),
        DurationValues.duration(
                s, "heartbeatTimeout", SHORTEST_HEARTBEAT_TIMEOUT, LONGEST_HEARTBEAT_TIMEOUT)
            .orElse(defaults.heartbeatTimeout()),
        database,
        powerState(s));
  }

  private static BrokerServerSection.PowerSource powerState(Section broker) {
    Section s = broker.section("powerState", POWER_STATE_KEYS);
    BrokerServerSection.PowerSource.Source source =
        s.parsed("source", BrokerServerSection.PowerSource.Source::parse)
            .orElse(BrokerServerSection.PowerSource.Source.NONE);
    List<String> command = List.of();
    if (source == BrokerServerSection.PowerSource.Source.COMMAND) {
      command = command(s, broker.value("powerState").orElseThrow(), broker.pathOf("powerState"));
    }
    Map<String, PowerState> hosts = new LinkedHashMap<>();
    for (YamlNode.Entry entry : s.section("hosts", List.of()).entries()) {
      String keyPath = s.pathOf("hosts") + "." + entry.key();
      hosts.put(entry.key(), powerWord(s.source(), keyPath, entry.value()));
    }
    PowerState otherwise =
        s.value("otherwise")
            .map(node -> powerWord(s.source(), s.pathOf("otherwise"), node))
            .orElse(PowerState.UNKNOWN);
    return new BrokerServerSection.PowerSource(
        source,
        command,
        DurationValues.duration(s, "timeout", Duration.ofMillis(100), LONGEST_POWER_STATE_TIMEOUT)
            .orElse(BrokerServerSection.PowerSource.DEFAULT_TIMEOUT),
        DurationValues.duration(s, "keepFor", Duration.ZERO, Duration.ofDays(1))
            .orElse(BrokerServerSection.PowerSource.DEFAULT_KEEP_FOR),
        hosts,
        otherwise);
  }

  private static PowerState powerWord(String source, String keyPath, YamlNode node) {
    String word = Values.text(source, keyPath, node);
    return PowerState.fromReported(word)
        .orElseThrow(
            () ->
                Values.error(
                    source,
                    node,
                    keyPath,
                    "expected " + PowerState.reportedWords() + ", found \"" + word + "\""));
  }

  /** Only PostgreSQL is offered besides the embedded database. */
  private static String jdbcUrl(String text) {
    String url = text.trim();
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "expected a jdbc:postgresql: URL (leave it out for the embedded database), found \""
              + text
              + "\"");
    }
    return url;
  }

  /** The program and its arguments under {@code command}, a non-empty list (no shell is used). */
  private static List<String> command(Section s, YamlNode node, String path) {
    YamlNode value =
        s.value("command")
            .orElseThrow(
                () ->
                    Values.error(
                        s.source(),
                        node,
                        path,
                        "needs a command: the program and its arguments as a list"));
    String keyPath = s.pathOf("command");
    if (!(value instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
      throw Values.error(
          s.source(),
          value,
          keyPath,
          "expected the program and its arguments as a list (no shell is used), found "
              + value.describe());
    }
    List<String> argv = new ArrayList<>();
    List<YamlNode> items = sequence.items();
    for (int i = 0; i < items.size(); i++) {
      argv.add(Values.text(s.source(), KeyPath.item(keyPath, i), items.get(i)));
    }
    if (argv.get(0).isBlank()) {
      throw Values.error(
          s.source(), items.get(0), KeyPath.item(keyPath, 0), "the program is empty");
    }
    return List.copyOf(argv);
  }
}
