package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.HealthCheckProvider;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Makes one {@link CommandCheck} per entry of the {@code commandChecks} section, so that any
 * Nagios-style plugin becomes a health check through configuration alone.
 *
 * <p>Entry keys: {@code id} and {@code command} (a list: no shell is used) are required; {@code
 * failureEffect} ({@code UNAVAILABLE}, {@code NEEDS_ASSISTANCE} by default, or {@code NONE}),
 * {@code warningIs} ({@code PASSED} or {@code FAILED}, the default), {@code timeout} (10s by
 * default), {@code environment} (a list of {@code {name, value, secret}}), {@code
 * workingDirectory}, {@code displayName}, {@code description} and {@code remediation} are optional.
 */
@Extension
public final class CommandChecksProvider implements HealthCheckProvider {

  /** The configuration section this provider reads. */
  public static final String SECTION = "commandChecks";

  @Override
  public String section() {
    return SECTION;
  }

  @Override
  public List<HealthCheck> checks(List<CheckSettings> entries) {
    List<HealthCheck> checks = new ArrayList<>(entries.size());
    for (CheckSettings entry : entries) {
      checks.add(new CommandCheck(CommandCheckConfig.from(entry)));
    }
    return List.copyOf(checks);
  }
}
