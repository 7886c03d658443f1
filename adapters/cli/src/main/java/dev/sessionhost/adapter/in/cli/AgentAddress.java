package dev.sessionhost.adapter.in.cli;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a running agent's HTTP API answers ({@code http://127.0.0.1:8765}) and the admin token for
 * its admin requests, when the configuration or the token file gives one this user can read.
 */
public record AgentAddress(URI base, Optional<String> adminToken) {

  public AgentAddress {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(adminToken, "adminToken");
  }

  /** This address at another base URL, keeping the token. */
  public AgentAddress at(URI otherBase) {
    return new AgentAddress(otherBase, adminToken);
  }

  /** The full URI of an API path such as {@code /v1/health}. */
  public URI resolve(String path) {
    String text = base.toString();
    return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
  }
}
