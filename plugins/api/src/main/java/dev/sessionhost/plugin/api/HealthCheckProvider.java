package dev.sessionhost.plugin.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * An extension that makes health checks from configuration rather than one class per check: for
 * example one check per command listed under {@code commandChecks} in the host's configuration.
 *
 * <p>The host finds providers like checks (annotated {@code @Extension}, listed in the plugin's
 * extension index), gives each the entries of the top-level configuration section named by {@link
 * #section()}, and runs the checks it returns like any other: each with its own id, descriptor,
 * timeout and failure effect, which the operator can still override per check id. The host calls
 * {@link #checks} once per plugin load.
 *
 * @since 1.1
 */
public interface HealthCheckProvider extends ExtensionPoint {

  /** The top-level configuration section this provider reads, e.g. {@code commandChecks}. */
  String section();

  /**
   * The checks the section's entries define, in the same order.
   *
   * @param entries the section's entries, each a map of settings; empty when the section is absent
   * @throws SettingException when an entry is wrong; the host names the section, entry and key and
   *     loads none of this provider's checks
   */
  List<HealthCheck> checks(List<CheckSettings> entries);
}
