package dev.sessionhost.domain.pool;

import java.util.Objects;

/**
 * A pool of session hosts: its name (the key in the API), a friendly name for people, and the most
 * sessions one of its hosts should take.
 */
public record HostPool(String name, String friendlyName, int maxSessionLimit) {

  /** The pool every broker has from its first start. */
  public static final String DEFAULT = "default";

  public HostPool {
    Names.require("host pool name", name);
    Objects.requireNonNull(friendlyName, "friendlyName");
    if (maxSessionLimit < 0) {
      throw new IllegalArgumentException(
          "a max session limit cannot be negative, got " + maxSessionLimit);
    }
  }
}
