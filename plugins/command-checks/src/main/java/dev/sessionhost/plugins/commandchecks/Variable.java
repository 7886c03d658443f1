package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.SettingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One environment variable a command gets; a secret one's value is never reported.
 *
 * @param name the variable's name
 * @param value its value
 * @param secret whether the value must be hidden in everything the check reports
 */
record Variable(String name, String value, boolean secret) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> SECRET_KEYS = Set.of("value", "secret");

  /**
   * Reads the {@code environment} of an entry: {@code NAME: value}, or {@code NAME: {value: ...,
   * secret: true}} for a value never to be reported. The values an entry would hide are collected
   * first, so an error about the entry never shows them.
   */
  static List<Variable> listFrom(CheckSettings entry) {
    CheckSettings environment = entry.section("environment");
    List<Variable> variables = new ArrayList<>();
    for (String name : environment.keys()) {
      if (!NAME.matcher(name).matches()) {
        throw environment.invalid(
            name, "a variable name: a letter or '_', then letters, digits or '_'");
      }
      Optional<CheckSettings> marked = marked(environment, name);
      if (marked.isEmpty()) {
        String value = environment.string(name, null);
        if (value == null) {
          throw environment.invalid(name, "the variable's value as text");
        }
        variables.add(new Variable(name, value, false));
        continue;
      }
      CheckSettings variable = marked.get();
      for (String key : variable.keys()) {
        if (!SECRET_KEYS.contains(key)) {
          throw variable.invalid(key, "only the keys value and secret");
        }
      }
      String value = variable.string("value", null);
      if (value == null) {
        throw variable.invalid("value", "the variable's value as text");
      }
      variables.add(new Variable(name, value, variable.bool("secret", false)));
    }
    return List.copyOf(variables);
  }

  /** The variable written as {@code {value, secret}}; empty when written as a plain value. */
  private static Optional<CheckSettings> marked(CheckSettings environment, String name) {
    try {
      environment.string(name, null);
      return Optional.empty(); // a text, a number or a boolean
    } catch (SettingException notText) {
      try {
        return Optional.of(environment.section(name));
      } catch (SettingException notASection) {
        throw environment.invalid(name, "the variable's value, or {value: ..., secret: true}");
      }
    }
  }

  /**
   * The text values of every variable that is or may be secret, whether or not it is valid: what an
   * error about the entry must not show.
   */
  static List<String> possibleSecrets(CheckSettings entry) {
    List<String> values = new ArrayList<>();
    try {
      CheckSettings environment = entry.section("environment");
      for (String name : environment.keys()) {
        Optional<CheckSettings> marked;
        try {
          marked = marked(environment, name);
        } catch (SettingException e) {
          continue; // neither: reported by listFrom with its type only
        }
        if (marked.isEmpty() || !maybeSecret(marked.get())) {
          continue;
        }
        for (String key : marked.get().keys()) {
          if (!key.equals("secret")) {
            try {
              values.add(marked.get().string(key, ""));
            } catch (IllegalArgumentException e) {
              // not text: the error names its type, never its content
            }
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // not a section: reported by listFrom with its type only
    }
    return values;
  }

  private static boolean maybeSecret(CheckSettings item) {
    try {
      return item.bool("secret", false);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  @Override
  public String toString() {
    return name + "=" + (secret ? Redactor.HIDDEN : value);
  }
}
