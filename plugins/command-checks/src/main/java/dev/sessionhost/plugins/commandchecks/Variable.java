package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckSettings;
import java.util.ArrayList;
import java.util.List;
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
  private static final Set<String> KEYS = Set.of("name", "value", "secret");

  /**
   * Reads the {@code environment} of an entry: a list of {@code {name, value, secret}}. The values
   * an item would hide are collected first, so an error about the item never shows them.
   */
  static List<Variable> listFrom(CheckSettings entry) {
    List<Variable> variables = new ArrayList<>();
    for (CheckSettings item : entry.sections("environment")) {
      for (String key : item.keys()) {
        if (!KEYS.contains(key)) {
          throw item.invalid(key, "only the keys name, value and secret");
        }
      }
      String name = item.requiredString("name").trim();
      if (!NAME.matcher(name).matches()) {
        throw item.invalid("name", "a variable name: a letter or '_', then letters, digits or '_'");
      }
      String value = item.string("value", null);
      if (value == null) {
        throw item.invalid("value", "the variable's value as text");
      }
      variables.add(new Variable(name, value, item.bool("secret", false)));
    }
    return List.copyOf(variables);
  }

  /**
   * The text values of every item that is or may be secret, whether or not the item is valid: what
   * an error about the entry must not show.
   */
  static List<String> possibleSecrets(CheckSettings entry) {
    List<String> values = new ArrayList<>();
    try {
      for (CheckSettings item : entry.sections("environment")) {
        if (!maybeSecret(item)) {
          continue;
        }
        for (String key : item.keys()) {
          if (!key.equals("name") && !key.equals("secret")) {
            try {
              values.add(item.string(key, ""));
            } catch (IllegalArgumentException e) {
              // not text: the error names its type, never its content
            }
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // not a list: reported by listFrom with its type only
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
