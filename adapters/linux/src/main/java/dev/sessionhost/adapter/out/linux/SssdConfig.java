package dev.sessionhost.adapter.out.linux;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the Kerberos domains of {@code /etc/sssd/sssd.conf}: its {@code [domain/NAME]} sections.
 */
final class SssdConfig {

  private static final Set<String> KERBEROS_PROVIDERS = Set.of("ad", "ipa", "krb5");

  private final Path path;

  SssdConfig(Path path) {
    this.path = path;
  }

  /** Adds each Kerberos domain to the realms and what was found to the sources. */
  void read(List<ConfiguredRealm> realms, List<String> sources) {
    FileText file = FileText.read(path);
    if (file.text().isEmpty()) {
      sources.add(file.describeProblem());
      return;
    }
    IniFile ini = IniFile.parse(file.text().get());
    boolean any = false;
    for (String section : ini.sectionNames()) {
      if (!section.toLowerCase(Locale.ROOT).startsWith("domain/")) {
        continue;
      }
      any = true;
      String name = section.substring("domain/".length());
      String idProvider = ini.value(section, "id_provider").orElse("");
      String authProvider = ini.value(section, "auth_provider").orElse(idProvider);
      String domain = ini.value(section, "ad_domain").orElse(name);
      String realm = ini.value(section, "krb5_realm").orElse(domain.toUpperCase(Locale.ROOT));
      boolean kerberos =
          KERBEROS_PROVIDERS.contains(idProvider.toLowerCase(Locale.ROOT))
              || KERBEROS_PROVIDERS.contains(authProvider.toLowerCase(Locale.ROOT))
              || ini.value(section, "krb5_realm").isPresent();
      String found = path + ": [" + section + "] id_provider = " + idProvider;
      if (kerberos) {
        realms.add(new ConfiguredRealm(realm, domain, path.toString()));
        sources.add(found + ", realm " + realm);
      } else {
        sources.add(found + ": not a Kerberos domain");
      }
    }
    if (!any) {
      sources.add(path + ": no [domain/...] section");
    }
  }
}
