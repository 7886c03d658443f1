package dev.sessionhost.domain.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eleven health checks the session host API names, with their Log Analytics codes (0..10),
 * default failure effects, and whether the agent runs them out of the box.
 */
public enum KnownCheck {
  DOMAIN_JOINED(
      0,
      "DomainJoinedCheck",
      "Domain joined",
      "The host is a member of a directory domain, so domain accounts can sign in to it.",
      FailureEffect.UNAVAILABLE,
      "Join the host to the domain again (for example with 'realm join' or 'adcli join') and make"
          + " sure its machine keytab exists.",
      true),
  DOMAIN_TRUST(
      1,
      "DomainTrustCheck",
      "Domain trust",
      "The host's machine account is still trusted by the domain, so users can authenticate.",
      FailureEffect.UNAVAILABLE,
      "Reset the machine account or re-join the host to the domain, then confirm that a ticket can"
          + " be obtained with the machine keytab.",
      true),
  FSLOGIX_HEALTH(
      2,
      "FSLogixHealthCheck",
      "Profile container service",
      "The user profile container service is installed and running.",
      FailureEffect.UNAVAILABLE,
      "Start or reinstall the profile container service and check its logs.",
      false),
  SXS_STACK_LISTENER(
      3,
      "SxSStackListenerCheck",
      "Remote desktop listener",
      "The remote desktop stack is up and listening, ready to accept connections.",
      FailureEffect.UNAVAILABLE,
      "Start (or restart) the remote desktop service and confirm it listens on its port.",
      true),
  URLS_ACCESSIBLE(
      4,
      "UrlsAccessibleCheck",
      "Required URLs reachable",
      "Every service address the host needs can be reached (wildcard entries are not tried).",
      FailureEffect.NEEDS_ASSISTANCE,
      "Open the blocked addresses in the firewall or proxy, and check name resolution for them.",
      true),
  MONITORING_AGENT(
      5,
      "MonitoringAgentCheck",
      "Monitoring agent",
      "The monitoring agent is installed and running, so sessions are recorded.",
      FailureEffect.NEEDS_ASSISTANCE,
      "Install or start the monitoring agent service; users can connect meanwhile, but their"
          + " sessions are not recorded.",
      true),
  DOMAIN_REACHABLE(
      6,
      "DomainReachable",
      "Domain reachable",
      "A controller of the host's domain answers on the network.",
      FailureEffect.UNAVAILABLE,
      "Check the network path and name resolution to the domain controllers.",
      false),
  WEBRTC_REDIRECTOR(
      7,
      "WebRTCRedirectorCheck",
      "Media redirector",
      "The media redirection component is installed and healthy (retired by the service).",
      FailureEffect.NEEDS_ASSISTANCE,
      "Reinstall the media redirection component.",
      false),
  SUPPORTED_ENCRYPTION(
      8,
      "SupportedEncryptionCheck",
      "Listener security layer",
      "The remote desktop listener uses a supported security layer (the weakest setting is fatal,"
          + " the next one only needs attention).",
      FailureEffect.UNAVAILABLE,
      "Raise the listener's security layer setting to a supported value.",
      false),
  METADATA_SERVICE(
      9,
      "MetaDataServiceCheck",
      "Instance metadata service",
      "The cloud's instance metadata service answers with the machine's compute properties.",
      FailureEffect.NEEDS_ASSISTANCE,
      "Make sure the metadata address is reached directly, without a proxy, and that nothing on"
          + " the host blocks it.",
      true),
  APP_ATTACH_HEALTH(
      10,
      "AppAttachHealthCheck",
      "App attach packages",
      "Every configured application package was staged and its image can be read.",
      FailureEffect.NEEDS_ASSISTANCE,
      "Check that each failing package's image path exists and is readable by the agent, then"
          + " stage it again.",
      true);

  private final int code;
  private final CheckDefinition definition;
  private final boolean enabledByDefault;

  KnownCheck(
      int code,
      String wireName,
      String displayName,
      String verifies,
      FailureEffect defaultEffect,
      String remediation,
      boolean enabledByDefault) {
    this.code = code;
    this.definition =
        new CheckDefinition(
            CheckId.of(wireName),
            displayName,
            verifies,
            defaultEffect,
            remediation,
            CheckDefinition.STANDARD_TIMEOUT);
    this.enabledByDefault = enabledByDefault;
  }

  /** The Log Analytics code of this check (0..10). */
  public int code() {
    return code;
  }

  public CheckId id() {
    return definition.id();
  }

  public CheckDefinition definition() {
    return definition;
  }

  /** Whether the agent runs this check out of the box (the seed set 0, 1, 3, 4, 5, 9, 10). */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }

  /** The known check with this id, if the API names it. */
  public static Optional<KnownCheck> byId(CheckId id) {
    return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
  }

  /** The known check with this Log Analytics code, if any. */
  public static Optional<KnownCheck> byCode(int code) {
    return Arrays.stream(values()).filter(k -> k.code == code).findFirst();
  }
}
