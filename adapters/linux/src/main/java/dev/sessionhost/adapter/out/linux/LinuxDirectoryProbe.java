package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.TrustTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Domain membership from realmd, sssd, Samba and krb5 configuration and the machine keytab; trust
 * from a fresh Kerberos ticket ({@code kinit -k}) or {@code adcli testjoin}.
 *
 * <p>The host is joined when a realm is configured (by {@code realm list}, an sssd domain or Samba
 * {@code security = ads}) and the machine keytab can be read. Thread-safe: it keeps no state.
 */
final class LinuxDirectoryProbe implements DirectoryProbe {

  private final LinuxEnvironmentOptions options;
  private final RealmDiscovery discovery;
  private final MachineTrustTester trust;

  LinuxDirectoryProbe(LinuxEnvironmentOptions options, CommandRunner runner) {
    this.options = options;
    this.discovery = new RealmDiscovery(options, runner);
    this.trust = new MachineTrustTester(options, runner);
  }

  @Override
  public DomainMembership membership(DirectoryTarget target) {
    RealmDiscovery.Discovery found = discovery.discover();
    List<String> sources = new ArrayList<>(found.sources());
    List<ConfiguredRealm> candidates = candidates(found, target, sources);
    KeytabFile keytab = KeytabFile.check(keytab(target));
    sources.add(keytab.describe());
    if (candidates.isEmpty()) {
      return DomainMembership.notJoined(sources);
    }
    return new DomainMembership(
        keytab.usable(), candidates.get(0).realm(), keytab.path().toString(), sources);
  }

  @Override
  public TrustTest testTrust(DirectoryTarget target) {
    return trust.test(target, keytab(target), () -> realmFor(target));
  }

  /** The target's realm, else the first configured one, else krb5's default realm. */
  private String realmFor(DirectoryTarget target) {
    if (!target.realm().isEmpty()) {
      return target.realm();
    }
    RealmDiscovery.Discovery found = discovery.discover();
    return found.configured().isEmpty() ? found.defaultRealm() : found.configured().get(0).realm();
  }

  private Path keytab(DirectoryTarget target) {
    return target.keytab().isEmpty() ? options.defaultKeytab() : Path.of(target.keytab());
  }

  private static List<ConfiguredRealm> candidates(
      RealmDiscovery.Discovery found, DirectoryTarget target, List<String> sources) {
    if (target.realm().isEmpty()) {
      return found.configured();
    }
    List<ConfiguredRealm> matching =
        found.configured().stream().filter(realm -> realm.matches(target.realm())).toList();
    if (matching.isEmpty() && !found.configured().isEmpty()) {
      sources.add(
          "realm "
              + target.realm()
              + " asked for: not configured (configured: "
              + String.join(
                  ", ", found.configured().stream().map(ConfiguredRealm::realm).distinct().toList())
              + ")");
    }
    return matching;
  }
}
