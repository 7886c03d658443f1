package dev.sessionhost.adapter.out.linux;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code [section]} and {@code key = value} lines of {@code sssd.conf}, {@code smb.conf} and
 * {@code krb5.conf}.
 *
 * <p>Keys are compared without case and without inner spaces, as Samba does ({@code "Security"},
 * {@code "security"}); lines starting with {@code #} or {@code ;} are comments; the nested {@code {
 * }} blocks of {@code krb5.conf} are skipped, since only top-level keys are read.
 */
final class IniFile {

  private final Map<String, Map<String, String>> sections;

  private IniFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  static IniFile parse(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = sections.computeIfAbsent("", name -> new LinkedHashMap<>());
    int depth = 0;
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (depth > 0 || line.endsWith("{")) {
        depth += count(line, '{') - count(line, '}');
        depth = Math.max(depth, 0);
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1).strip();
        current = sections.computeIfAbsent(name, key -> new LinkedHashMap<>());
        continue;
      }
      int equals = line.indexOf('=');
      if (equals > 0) {
        current.putIfAbsent(
            normalize(line.substring(0, equals)), line.substring(equals + 1).strip());
      }
    }
    return new IniFile(sections);
  }

  /** The section names in file order, as written. */
  Set<String> sectionNames() {
    return Collections.unmodifiableSet(sections.keySet());
  }

  /** The value of the key in the section (section name compared without case). */
  Optional<String> value(String section, String key) {
    return sections.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(section))
        .map(entry -> entry.getValue().get(normalize(key)))
        .filter(value -> value != null && !value.isEmpty())
        .findFirst();
  }

  private static String normalize(String key) {
    return key.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private static int count(String line, char wanted) {
    return (int) line.chars().filter(c -> c == wanted).count();
  }
}
