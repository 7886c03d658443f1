package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.pool.SessionHostKey;
import java.util.Objects;

/**
 * What a host receives once, when it registers: which host it is, and the credential it sends with
 * every heartbeat. The broker keeps only a hash of it and never shows it again.
 */
public record HostCredential(SessionHostKey host, String credential) {

  public HostCredential {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(credential, "credential");
  }

  @Override
  public String toString() {
    return "HostCredential[host=" + host + ", credential=***]";
  }
}
