package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of {@code commandChecks}: the check's id and texts, the command, how to judge it.
 *
 * @param descriptor the check's id, texts, severity (from {@code failureEffect}) and host timeout
 * @param command the program and its arguments
 * @param warningIs what exit code 1 means
 * @param timeout how long the command may run before its process tree is killed
 * @param environment the variables the command gets
 * @param workingDirectory where it runs; empty for the host's default
 */
record CommandCheckConfig(
    CheckDescriptor descriptor,
    List<String> command,
    WarningIs warningIs,
    Duration timeout,
    List<Variable> environment,
    Optional<Path> workingDirectory) {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** What the host allows beyond the command's own timeout: killing the tree, reading output. */
  static final Duration HOST_MARGIN = Duration.ofSeconds(5);

  static final List<String> KEYS =
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

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,127}");

  /**
   * Reads an entry.
   *
   * @throws SettingException naming the key, with any secret value of the entry hidden
   */
  static CommandCheckConfig from(CheckSettings entry) {
    Redactor redactor = new Redactor(Variable.possibleSecrets(entry));
    try {
      return read(entry);
    } catch (SettingException e) {
      if (redactor.reveals(e.getMessage())) {
        throw new SettingException(e.checkId(), e.key(), e.expected(), Redactor.HIDDEN);
      }
      throw e;
    }
  }

  private static CommandCheckConfig read(CheckSettings entry) {
    for (String key : entry.keys()) {
      if (!KEYS.contains(key)) {
        throw entry.invalid(key, "one of the keys " + String.join(", ", KEYS));
      }
    }
    String id = entry.requiredString("id").trim();
    if (!ID.matcher(id).matches()) {
      throw entry.invalid(
          "id", "a check id: a letter, then up to 127 letters, digits, '_', '.' or '-'");
    }
    List<String> command = command(entry);
    Duration timeout = entry.duration("timeout", DEFAULT_TIMEOUT);
    if (timeout.isZero() || timeout.compareTo(CheckDescriptor.MAX_TIMEOUT) > 0) {
      throw entry.invalid("timeout", "a duration above 0 and at most 10m");
    }
    List<Variable> environment = Variable.listFrom(entry);
    Optional<Path> directory =
        Optional.ofNullable(entry.string("workingDirectory", null))
            .map(String::strip)
            .map(Path::of);
    if (directory.isPresent() && !directory.get().isAbsolute()) {
      throw entry.invalid("workingDirectory", "an absolute path");
    }
    Redactor redactor = new Redactor(secrets(environment));
    String shown = redactor.redact(String.join(" ", command));
    CheckDescriptor descriptor =
        CheckDescriptor.builder(id)
            .displayName(redactor.redact(text(entry, "displayName", id)))
            .verifies(
                redactor.redact(text(entry, "description", "the command " + shown + " reports OK")))
            .severity(entry.failureEffect("failureEffect", Severity.NON_FATAL))
            .remediation(
                redactor.redact(
                    text(
                        entry,
                        "remediation",
                        "Run the command by hand as the agent's user and fix what it reports: "
                            + shown)))
            .defaultTimeout(min(timeout.plus(HOST_MARGIN), CheckDescriptor.MAX_TIMEOUT))
            .build();
    return new CommandCheckConfig(
        descriptor, command, WarningIs.from(entry), timeout, environment, directory);
  }

  private static List<String> command(CheckSettings entry) {
    String expected = "the program and its arguments as a list (no shell is used)";
    boolean text;
    try {
      text = entry.string("command", null) != null;
    } catch (SettingException e) {
      text = false; // a list, read below
    }
    List<String> command = text ? List.of() : entry.stringList("command", List.of());
    if (command.isEmpty() || command.get(0).isBlank()) {
      throw entry.invalid("command", expected);
    }
    return command;
  }

  private static String text(CheckSettings entry, String key, String defaultText) {
    String given = entry.string(key, "").strip();
    return given.isEmpty() ? defaultText : given;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static List<String> secrets(List<Variable> environment) {
    return environment.stream().filter(Variable::secret).map(Variable::value).toList();
  }
}
