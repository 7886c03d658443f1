package dev.sessionhost.plugins.commandchecks;

import dev.sessionhost.plugin.api.CheckSettings;
import dev.sessionhost.plugin.api.HealthCheck;
import dev.sessionhost.plugin.api.HealthCheckProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Makes one {@link CommandCheck} per entry of the {@code commandChecks} section, so that any
 * Nagios-style plugin becomes a health check through configuration alone.
 *
 * <p>Entry keys: {@code id} and {@code command} (a list: no shell is used) are required; {@code
 * failureEffect} ({@code UNAVAILABLE}, {@code NEEDS_ASSISTANCE} by default, or {@code NONE}),
 * {@code warningIs} ({@code PASSED} or {@code FAILED}, the default), {@code timeout} (10s by
 * default), {@code environment} ({@code NAME: value} or {@code NAME: {value, secret}}), {@code
 * workingDirectory} (absolute), {@code displayName}, {@code description} and {@code remediation}
 * are optional.
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
    Set<String> ids = new HashSet<>();
    for (CheckSettings entry : entries) {
      CommandCheckConfig config = CommandCheckConfig.from(entry);
      if (!ids.add(config.descriptor().id().toLowerCase(Locale.ROOT))) {
        throw entry.invalid("id", "an id no other command check has (ids ignore case)");
      }
      checks.add(new CommandCheck(config));
    }
    return List.copyOf(checks);
  }
}
