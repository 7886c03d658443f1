package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.service.ListChecksService;
import dev.sessionhost.domain.check.CheckId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the ids given to {@code --only} into the checks to run, rejecting any that cannot run here
 * with the reason and the ids that can: a silent empty cycle would report a host as Available.
 */
final class CheckSelection {

  private CheckSelection() {}

  /**
   * The checks named, by their canonical ids (names match in any case); empty (run all) when {@code
   * --only} was not given.
   *
   * @throws IllegalArgumentException naming the first id that cannot run and why
   */
  static Set<CheckId> resolve(List<String> named, List<CheckListing> listings) {
    Set<CheckId> selected = new LinkedHashSet<>();
    for (String name : named) {
      String id = name.strip();
      if (id.isEmpty()) {
        continue;
      }
      CheckListing listing =
          find(id, listings)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown check '" + id + "' in --only; " + runnable(listings)));
      String canonical = listing.definition().id().value();
      if (listing.provider().equals(ListChecksService.NOT_INSTALLED)) {
        throw new IllegalArgumentException(
            "check '"
                + canonical
                + "' in --only is not installed: no loaded plugin provides it; "
                + runnable(listings));
      }
      if (!listing.options().enabled()) {
        throw new IllegalArgumentException(
            "check '"
                + canonical
                + "' in --only is disabled in the configuration; enable it to run it; "
                + runnable(listings));
      }
      selected.add(listing.definition().id());
    }
    if (!named.isEmpty() && selected.isEmpty()) {
      // "--only ''" from a script with an empty variable must not quietly run everything
      throw new IllegalArgumentException("--only names no check; " + runnable(listings));
    }
    return selected;
  }

  private static Optional<CheckListing> find(String id, List<CheckListing> listings) {
    Optional<CheckListing> exact =
        listings.stream().filter(l -> l.definition().id().value().equals(id)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    String lower = id.toLowerCase(Locale.ROOT);
    return listings.stream()
        .filter(l -> l.definition().id().value().toLowerCase(Locale.ROOT).equals(lower))
        .findFirst();
  }

  private static String runnable(List<CheckListing> listings) {
    String ids =
        listings.stream()
            .filter(l -> l.options().enabled())
            .filter(l -> !l.provider().equals(ListChecksService.NOT_INSTALLED))
            .map(l -> l.definition().id().value())
            .collect(Collectors.joining(", "));
    return ids.isEmpty() ? "no check can run here" : "checks that can run here: " + ids;
  }
}
