package dev.sessionhost.adapter.out.linux;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads whether {@code /etc/samba/smb.conf} makes the host an AD member: {@code security = ads}.
 */
final class SambaConfig {

  private final Path path;

  SambaConfig(Path path) {
    this.path = path;
  }

  /** Adds the AD realm, if any, to the realms and what was found to the sources. */
  void read(List<ConfiguredRealm> realms, List<String> sources) {
    FileText file = FileText.read(path);
    if (file.text().isEmpty()) {
      sources.add(file.describeProblem());
      return;
    }
    IniFile ini = IniFile.parse(file.text().get());
    String security = ini.value("global", "security").orElse("");
    String realm = ini.value("global", "realm").orElse("").toUpperCase(Locale.ROOT);
    if (!security.equalsIgnoreCase("ads")) {
      sources.add(
          path
              + ": "
              + (security.isEmpty() ? "no security setting" : "security = " + security)
              + ", not an AD member");
    } else if (realm.isEmpty()) {
      sources.add(path + ": security = ads but no realm");
    } else {
      String workgroup = ini.value("global", "workgroup").orElse("");
      realms.add(new ConfiguredRealm(realm, realm.toLowerCase(Locale.ROOT), path.toString()));
      sources.add(
          path
              + ": security = ads, realm = "
              + realm
              + (workgroup.isEmpty() ? "" : ", workgroup = " + workgroup));
    }
  }
}
