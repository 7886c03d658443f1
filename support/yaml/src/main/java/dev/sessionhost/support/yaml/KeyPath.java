package dev.sessionhost.support.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Key paths as error messages name them: {@code checks.UrlsAccessibleCheck.settings}, {@code
 * listeners[0].port}, and {@code files["/srv/a.vhdx"]} for a key that is not a plain name.
 */
public final class KeyPath {

  private KeyPath() {}

  /** The path of {@code key} in the section at {@code parent} (empty for the document). */
  public static String child(String parent, String key) {
    if (!isPlain(key)) {
      return parent + "[\"" + key + "\"]";
    }
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** The path of the item at {@code index} of the list at {@code parent}. */
  public static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The path of the steps: each a key ({@link String}) or a list index ({@link Integer}). */
  public static String of(Object... steps) {
    String path = "";
    for (Object step : steps) {
      path = step instanceof Integer ? item(path, (Integer) step) : child(path, step.toString());
    }
    return path;
  }

  /**
   * The steps of a path as {@link #child} and {@link #item} write it, keys as {@link String} and
   * indices as {@link Integer}; a dot always separates keys here, so {@code a.b} is two steps.
   */
  public static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (path.startsWith("[\"", i) && path.indexOf("\"]", i + 2) > 0) {
        int end = path.indexOf("\"]", i + 2);
        steps.add(path.substring(i + 2, end));
        i = end + 2;
      } else if (c == '[' && path.indexOf(']', i) > 0) {
        int end = path.indexOf(']', i);
        String index = path.substring(i + 1, end);
        steps.add(index.chars().allMatch(Character::isDigit) ? Integer.valueOf(index) : index);
        i = end + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        steps.add(path.substring(i, end));
        i = end;
      }
    }
    return steps;
  }

  /** Letters, digits and {@code _ . -}: a key written as it is, without brackets. */
  private static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '-';
      if (!plain) {
        return false;
      }
    }
    return true;
  }
}
