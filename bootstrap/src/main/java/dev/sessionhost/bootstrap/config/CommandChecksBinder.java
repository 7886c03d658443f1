package dev.sessionhost.bootstrap.config;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.support.yaml.KeyPath;
import dev.sessionhost.support.yaml.LocatedException;
import dev.sessionhost.support.yaml.Section;
import dev.sessionhost.support.yaml.Values;
import dev.sessionhost.support.yaml.YamlNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the top-level {@code commandChecks} list: one check per entry, run by the built-in
 * command-checks plugin. Everything the plugin will read is checked here, so a mistake stops the
 * command with the file, line and key rather than quietly losing a check.
 */
final class CommandChecksBinder {

  static final String SECTION = CommandChecksSection.NAME;

  private static final List<String> ENTRY_KEYS =
      List.of(
          "id",
          "command",
          "failureEffect",
          "warningIs",
          "timeout",
          "environment",
          "workingDirectory",
          "displayName",
          "description",
          "remediation");
  private static final List<String> SECRET_KEYS = List.of("value", "secret");
  private static final Set<String> WARNING_IS = Set.of("PASSED", "FAILED");

  private CommandChecksBinder() {}

  static CommandChecksSection bind(String source, YamlNode node, Path base) {
    if (node == null || (node instanceof YamlNode.Scalar scalar && scalar.isEmpty())) {
      return CommandChecksSection.NONE;
    }
    if (!(node instanceof YamlNode.Sequence sequence)) {
      throw Values.error(
          source, node, SECTION, "expected a list of command checks, found " + node.describe());
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<YamlNode> items = sequence.items();
    for (int i = 0; i < items.size(); i++) {
      String path = KeyPath.item(SECTION, i);
      Section entry = Section.of(source, path, items.get(i), ENTRY_KEYS);
      Map<String, Object> bound = entry(entry, items.get(i), path, base);
      if (!ids.add(((String) bound.get("id")).toLowerCase(Locale.ROOT))) {
        throw Values.error(
            source,
            entry.value("id").orElseThrow(),
            entry.pathOf("id"),
            "another command check has the id " + bound.get("id"));
      }
      entries.add(bound);
    }
    return new CommandChecksSection(entries);
  }

  private static Map<String, Object> entry(Section s, YamlNode node, String path, Path base) {
    Map<String, Object> values = new LinkedHashMap<>();
    YamlNode idNode =
        s.value("id")
            .orElseThrow(
                () -> Values.error(s.source(), node, path, "needs an id (e.g. DiskSpaceCheck)"));
    String id = Values.text(s.source(), s.pathOf("id"), idNode).trim();
    try {
      CheckId.of(id);
    } catch (IllegalArgumentException e) {
      throw Values.error(s.source(), idNode, s.pathOf("id"), e.getMessage());
    }
    values.put("id", id);
    values.put("command", command(s, node, path));
    s.parsed("failureEffect", text -> Severity.ofFailureEffect(text).failureEffect())
        .ifPresent(effect -> values.put("failureEffect", effect));
    s.parsed("warningIs", CommandChecksBinder::warningIs)
        .ifPresent(choice -> values.put("warningIs", choice));
    DurationValues.duration(s, "timeout", Duration.ofMillis(1), CheckDescriptor.MAX_TIMEOUT)
        .ifPresent(timeout -> values.put("timeout", timeout.toMillis() + "ms"));
    environment(s).ifPresent(env -> values.put("environment", env));
    s.path("workingDirectory", base)
        .ifPresent(dir -> values.put("workingDirectory", dir.toString()));
    for (String key : List.of("displayName", "description", "remediation")) {
      s.text(key).map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> values.put(key, t));
    }
    return values;
  }

  /** The program and its arguments under {@code command}, a non-empty list (no shell is used). */
  static List<String> command(Section s, YamlNode node, String path) {
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

  /**
   * NAME: value, or NAME: { value: ..., secret: true } for a value never to be reported; handed to
   * the plugin as a list of {name, value, secret}.
   */
  private static Optional<List<Map<String, Object>>> environment(Section s) {
    if (s.value("environment").isEmpty()) {
      return Optional.empty();
    }
    Section env = s.section("environment", List.of());
    List<Map<String, Object>> variables = new ArrayList<>();
    for (YamlNode.Entry entry : env.entries()) {
      String keyPath = env.pathOf(entry.key());
      if (!entry.key().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new LocatedException(
            s.source(),
            entry.line(),
            entry.column(),
            keyPath,
            "not a valid environment variable name");
      }
      String value;
      boolean secret = false;
      if (entry.value() instanceof YamlNode.Mapping) {
        Section marked = Section.of(s.source(), keyPath, entry.value(), SECRET_KEYS);
        YamlNode valueNode =
            marked
                .value("value")
                .orElseThrow(
                    () -> Values.error(s.source(), entry.value(), keyPath, "needs a value"));
        value = Values.text(s.source(), marked.pathOf("value"), valueNode);
        secret = marked.bool("secret").orElse(false);
      } else {
        value = Values.text(s.source(), keyPath, entry.value());
      }
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("name", entry.key());
      variable.put("value", value);
      variable.put("secret", secret);
      variables.add(variable);
    }
    return Optional.of(variables);
  }

  private static String warningIs(String text) {
    String choice = text.trim().toUpperCase(Locale.ROOT);
    if (!WARNING_IS.contains(choice)) {
      throw new IllegalArgumentException("expected PASSED or FAILED, found \"" + text + "\"");
    }
    return choice;
  }
}
