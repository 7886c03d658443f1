package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.domain.check.CheckDefinition;

/**
 * One check of the catalogue as {@code sessionhost checks --format json} prints it: effects by
 * their configuration names ({@code UNAVAILABLE}, {@code NEEDS_ASSISTANCE}, {@code NONE}), the
 * timeout as an ISO-8601 duration, and a null code for a check the API does not name.
 */
record CheckListingJson(
    Integer code,
    String name,
    String displayName,
    String defaultEffect,
    boolean enabled,
    String provider,
    String verifies,
    String remediation,
    String defaultTimeout) {

  static CheckListingJson from(CheckListing listing) {
    CheckDefinition definition = listing.definition();
    return new CheckListingJson(
        listing.code().isPresent() ? listing.code().getAsInt() : null,
        definition.id().value(),
        definition.displayName(),
        definition.defaultEffect().name(),
        listing.options().enabled(),
        listing.provider(),
        definition.verifies(),
        definition.remediation(),
        definition.defaultTimeout().toString());
  }
}
