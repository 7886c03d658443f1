package dev.sessionhost.bootstrap.dist.drill;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckDescriptor;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.Severity;

/** Drill check that fails with a message of one mebibyte, which the host must cap. */
public final class HugeMessageCheck implements HealthCheck {

  /** The length of the message, in bytes of UTF-8 (it is ASCII). */
  public static final int MESSAGE_BYTES = 1 << 20;

  @Override
  public CheckDescriptor descriptor() {
    return CheckDescriptor.of(
        "DrillHugeMessageCheck",
        "Drill: huge message",
        "nothing: it fails with a 1 MiB message to show that the host caps it",
        Severity.NON_FATAL,
        "Remove the drill plugin.");
  }

  @Override
  public CheckVerdict run(CheckContext context) {
    return CheckVerdict.failed(7, "drill: " + "x".repeat(MESSAGE_BYTES - "drill: ".length()));
  }
}
