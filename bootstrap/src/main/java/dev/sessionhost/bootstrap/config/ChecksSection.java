package dev.sessionhost.bootstrap.config;

import dev.sessionhost.domain.check.CheckId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code checks} section: options for every check under {@code defaults}, and options and
 * settings per check id (the ids are the plugin authors' own, so any valid id is accepted).
 *
 * @param defaults what applies to every check unless its own section says otherwise
 * @param byId each configured check's own section, in the order written
 */
public record ChecksSection(CheckSection defaults, Map<CheckId, CheckSection> byId) {

  public static final ChecksSection DEFAULTS = new ChecksSection(CheckSection.EMPTY, Map.of());

  public ChecksSection {
    Objects.requireNonNull(defaults, "defaults");
    byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  /** What applies to one check: its own section laid over {@code defaults}. */
  public CheckSection forCheck(CheckId id) {
    return byId.getOrDefault(id, CheckSection.EMPTY).overlaidOn(defaults);
  }
}
