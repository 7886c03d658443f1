package dev.sessionhost.adapter.out.simulated;

import dev.sessionhost.plugin.api.DirectoryProbe;
import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.DomainMembership;
import dev.sessionhost.plugin.api.TrustTest;
import java.util.List;
import java.util.Objects;

/** Domain membership and trust as the scenario's {@code directory} section states them. */
final class ScenarioDirectoryProbe implements DirectoryProbe {

  private final ScenarioFile file;

  ScenarioDirectoryProbe(ScenarioFile file) {
    this.file = file;
  }

  @Override
  public DomainMembership membership(DirectoryTarget target) {
    Objects.requireNonNull(target, "target");
    DirectoryFacts directory = file.enter(Faults.MEMBERSHIP).directory();
    String where = file.where("directory");
    if (!directory.joined()) {
      return DomainMembership.notJoined(List.of(where + " (joined: false)"));
    }
    if (!target.keytab().isEmpty() && !target.keytab().equals(directory.keytab())) {
      // The realm is the machine's own; only a keytab asked for elsewhere can be missing.
      return DomainMembership.joined(
          directory.realm(), "", List.of(where + " (keytab " + target.keytab() + " not found)"));
    }
    return DomainMembership.joined(directory.realm(), directory.keytab(), List.of(where));
  }

  @Override
  public TrustTest testTrust(DirectoryTarget target) {
    Objects.requireNonNull(target, "target");
    DirectoryFacts directory = file.enter(Faults.TEST_TRUST).directory();
    String method = file.where("directory.trusted");
    if (!directory.joined()) {
      return new TrustTest(false, method, "the host is not joined to a domain");
    }
    if (!target.realm().isEmpty() && !target.realm().equalsIgnoreCase(directory.realm())) {
      return new TrustTest(
          false,
          method,
          "the host is joined to " + directory.realm() + ", not to " + target.realm());
    }
    return new TrustTest(directory.trusted(), method, directory.trustAnswer());
  }
}
