package dev.sessionhost.plugin.api;

import java.util.Objects;

/**
 * The environment the host runs in offers no probe of the type a check asked for.
 *
 * <p>It is a {@link ProbeException}, so a check that turns probe failures into {@link
 * CheckVerdict#undetermined} handles it too; left alone it becomes an {@code UNKNOWN} result.
 *
 * @since 1.0
 */
public class ProbeUnavailableException extends ProbeException {

  private final Class<? extends Probe> probeType;
  private final String environment;

  /**
   * Creates the exception.
   *
   * @param probeType the probe interface asked for
   * @param environment the name of the environment, e.g. {@code linux} or {@code simulated}
   */
  public ProbeUnavailableException(Class<? extends Probe> probeType, String environment) {
    super(
        "the "
            + environment
            + " environment offers no "
            + Objects.requireNonNull(probeType, "probeType").getSimpleName());
    this.probeType = probeType;
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** The probe interface asked for. */
  public Class<? extends Probe> probeType() {
    return probeType;
  }

  /** The name of the environment that lacks it. */
  public String environment() {
    return environment;
  }
}
