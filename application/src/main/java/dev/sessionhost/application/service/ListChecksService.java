package dev.sessionhost.application.service;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOptions;
import dev.sessionhost.domain.check.KnownCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the checks the loaded plugins provide, then the API's known checks that nothing provides
 * (provider {@value #NOT_INSTALLED}), ordered by Log Analytics code and then by id.
 */
public final class ListChecksService implements ListChecksQuery {

  /** The provider shown for a known check that no loaded plugin provides. */
  public static final String NOT_INSTALLED = "not installed";

  private final LoadHealthChecksPort checks;

  public ListChecksService(LoadHealthChecksPort checks) {
    this.checks = checks;
  }

  @Override
  public List<CheckListing> listChecks() {
    List<RunnableCheck> loaded = checks.loadChecks();
    List<CheckListing> listings = new ArrayList<>();
    for (RunnableCheck check : loaded) {
      listings.add(
          new CheckListing(
              check.definition(), codeOf(check.id()), check.provider(), check.options()));
    }
    Set<CheckId> provided = loaded.stream().map(RunnableCheck::id).collect(Collectors.toSet());
    for (KnownCheck known : KnownCheck.values()) {
      if (!provided.contains(known.id())) {
        CheckOptions options = CheckOptions.defaultsFor(known.definition());
        listings.add(
            new CheckListing(
                known.definition(),
                OptionalInt.of(known.code()),
                NOT_INSTALLED,
                known.enabledByDefault() ? options : options.disabled()));
      }
    }
    listings.sort(
        Comparator.comparingInt((CheckListing l) -> l.code().orElse(Integer.MAX_VALUE))
            .thenComparing(l -> l.definition().id()));
    return listings;
  }

  private static OptionalInt codeOf(CheckId id) {
    return KnownCheck.byId(id).map(k -> OptionalInt.of(k.code())).orElse(OptionalInt.empty());
  }
}
