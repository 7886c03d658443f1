package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the realms the host is configured for, from {@code realm list}, {@code sssd.conf}, {@code
 * smb.conf} and {@code krb5.conf}, noting everything looked at.
 *
 * <p>realmd writes the sssd or Samba configuration when it joins, so those files are enough when
 * {@code realm list} is missing or fails; its failure is noted rather than thrown.
 */
final class RealmDiscovery {

  static final List<String> REALM_LIST = List.of("realm", "list");

  private final LinuxEnvironmentOptions options;
  private final CommandRunner runner;

  RealmDiscovery(LinuxEnvironmentOptions options, CommandRunner runner) {
    this.options = options;
    this.runner = runner;
  }

  /**
   * What the host is configured for.
   *
   * @param configured the realms a join was configured for, in the order found
   * @param defaultRealm the {@code default_realm} of {@code krb5.conf}; empty when none
   * @param sources what was looked at and what it said
   */
  record Discovery(List<ConfiguredRealm> configured, String defaultRealm, List<String> sources) {}

  Discovery discover() {
    List<ConfiguredRealm> realms = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    askRealmd(realms, sources);
    new SssdConfig(options.etc("sssd/sssd.conf")).read(realms, sources);
    new SambaConfig(options.etc("samba/smb.conf")).read(realms, sources);
    String defaultRealm = defaultRealm(sources);
    return new Discovery(List.copyOf(realms), defaultRealm, List.copyOf(sources));
  }

  private void askRealmd(List<ConfiguredRealm> realms, List<String> sources) {
    CommandResult result;
    try {
      result = runner.run(REALM_LIST, options.commandTimeout());
    } catch (CommandNotFoundException e) {
      sources.add("realm list: realmd is not installed");
      return;
    } catch (ProbeException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      sources.add("realm list: " + e.getMessage());
      return;
    }
    if (!result.succeeded()) {
      sources.add(
          "realm list: failed with exit code " + result.exitCode() + ": " + result.firstLine());
      return;
    }
    List<RealmListEntry> entries = RealmListEntry.parse(result.stdout());
    boolean any = false;
    for (RealmListEntry entry : entries) {
      if (entry.isConfigured()) {
        any = true;
        realms.add(new ConfiguredRealm(entry.realm(), entry.domain(), "realm list"));
        String client = entry.clientSoftware();
        sources.add(
            "realm list: "
                + entry.realm()
                + " configured: "
                + entry.configured()
                + (client.isEmpty() ? "" : ", client-software: " + client));
      }
    }
    if (!any) {
      sources.add(
          entries.isEmpty()
              ? "realm list: no realm configured"
              : "realm list: no realm configured (discovered only: "
                  + String.join(", ", entries.stream().map(RealmListEntry::name).toList())
                  + ")");
    }
  }

  private String defaultRealm(List<String> sources) {
    FileText file = FileText.read(options.etc("krb5.conf"));
    if (file.text().isEmpty()) {
      sources.add(file.describeProblem());
      return "";
    }
    Optional<String> realm = IniFile.parse(file.text().get()).value("libdefaults", "default_realm");
    sources.add(
        file.path() + ": " + realm.map(r -> "default_realm = " + r).orElse("no default_realm"));
    return realm.orElse("");
  }
}
