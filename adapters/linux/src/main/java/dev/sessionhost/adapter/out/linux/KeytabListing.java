package dev.sessionhost.adapter.out.linux;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the principals of {@code klist -k} output to find the machine account's. */
final class KeytabListing {

  /** An entry line: the key version, then the principal, then maybe a timestamp or encryption. */
  private static final Pattern ENTRY = Pattern.compile("^\\s*\\d+\\s+(?:.*\\s)?(\\S+@\\S+)\\s*$");

  /** A machine account: a name ending in {@code $}, without a service part, at a realm. */
  private static final Pattern MACHINE = Pattern.compile("^[^/@\\s]+\\$@([^@\\s]+)$");

  private KeytabListing() {}

  /**
   * The first machine principal ({@code NAME$@REALM}) in the listing, restricted to the realm when
   * one is given.
   */
  static Optional<String> machinePrincipal(String listing, String realm) {
    for (String line : listing.split("\r?\n")) {
      Matcher entry = ENTRY.matcher(stripEncryption(line));
      if (!entry.matches()) {
        continue;
      }
      Matcher machine = MACHINE.matcher(entry.group(1));
      if (machine.matches() && (realm.isEmpty() || machine.group(1).equalsIgnoreCase(realm))) {
        return Optional.of(entry.group(1));
      }
    }
    return Optional.empty();
  }

  private static String stripEncryption(String line) {
    int paren = line.indexOf(" (");
    return paren > 0 ? line.substring(0, paren) : line;
  }
}
