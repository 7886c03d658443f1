package dev.sessionhost.adapter.out.linux;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One realm of the output of {@code realm list}: its name and the properties indented below it.
 *
 * @param name the realm's heading line, e.g. {@code corp.example.com}
 * @param properties the {@code key: value} lines below it, keys lower-cased
 */
record RealmListEntry(String name, Map<String, String> properties) {

  RealmListEntry {
    properties = Map.copyOf(properties);
  }

  /** Parses the output of {@code realm list}; empty output means no realm. */
  static List<RealmListEntry> parse(String output) {
    List<RealmListEntry> entries = new ArrayList<>();
    String name = null;
    Map<String, String> properties = new LinkedHashMap<>();
    for (String line : output.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0))) {
        if (name != null) {
          entries.add(new RealmListEntry(name, properties));
        }
        name = line.strip();
        properties = new LinkedHashMap<>();
        continue;
      }
      int colon = line.indexOf(':');
      if (name != null && colon > 0) {
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        properties.putIfAbsent(key, line.substring(colon + 1).strip());
      }
    }
    if (name != null) {
      entries.add(new RealmListEntry(name, properties));
    }
    return entries;
  }

  /** The Kerberos realm: {@code realm-name}, else the heading upper-cased. */
  String realm() {
    String realm = properties.getOrDefault("realm-name", "");
    return realm.isEmpty() ? name.toUpperCase(Locale.ROOT) : realm;
  }

  /** The DNS domain: {@code domain-name}, else the heading. */
  String domain() {
    return properties.getOrDefault("domain-name", name);
  }

  /** The {@code configured} line, e.g. {@code kerberos-member}, or {@code no}. */
  String configured() {
    return properties.getOrDefault("configured", "no");
  }

  /**
   * Whether the machine is configured as a member: {@code configured} is set and not {@code no}.
   */
  boolean isConfigured() {
    String configured = configured();
    return !configured.isEmpty() && !configured.equalsIgnoreCase("no");
  }

  /** The client software, e.g. {@code sssd} or {@code winbind}; empty when not stated. */
  String clientSoftware() {
    return properties.getOrDefault("client-software", "");
  }
}
