package dev.sessionhost.bootstrap.config;

import dev.sessionhost.adapter.out.plugin.CheckConfiguration;
import dev.sessionhost.domain.check.CheckId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code checks} section: options for every check under {@code defaults}, and options and
 * settings per check id (the ids are the plugin authors' own, so any valid id is accepted). Each is
 * the plugin runtime's own {@link CheckConfiguration}, which lays a check's section over the
 * defaults when it runs the check.
 *
 * @param defaults what applies to every check unless its own section says otherwise
 * @param byId each configured check's own section, in the order written
 */
public record ChecksSection(CheckConfiguration defaults, Map<CheckId, CheckConfiguration> byId) {

  public static final ChecksSection DEFAULTS = new ChecksSection(CheckConfiguration.NONE, Map.of());

  public ChecksSection {
    Objects.requireNonNull(defaults, "defaults");
    byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }
}
