package dev.sessionhost.bootstrap.config;

import java.util.Objects;

/**
 * The {@code broker} section: the broker this host registers with, if any.
 *
 * @param url the broker's base URL, empty when the host reports to no broker
 * @param registrationToken the token that lets this host register, empty when none
 */
public record BrokerSection(String url, String registrationToken) {

  public static final BrokerSection DEFAULTS = new BrokerSection("", "");

  public BrokerSection {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(registrationToken, "registrationToken");
  }

  /** Whether a broker is configured. */
  public boolean isConfigured() {
    return !url.isEmpty();
  }

  @Override
  public String toString() {
    // the token is a secret: keep it out of logs and exception messages
    return "BrokerSection[url="
        + url
        + ", registrationToken="
        + (registrationToken.isEmpty() ? "" : "***")
        + "]";
  }
}
