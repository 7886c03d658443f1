package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.adapter.in.cli.TextTable.Column;
import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.service.ListChecksService;
import dev.sessionhost.domain.check.FailureEffect;
import java.util.ArrayList;
import java.util.List;

/** The check catalogue as a table for people, with a summary and a key to the effects. */
final class CatalogueTable {

  private CatalogueTable() {}

  static List<String> render(List<CheckListing> listings, int width) {
    TextTable table =
        TextTable.of(
            Column.of("CODE"),
            Column.of("CHECK"),
            Column.of("EFFECT"),
            Column.of("ENABLED"),
            Column.of("PROVIDER"),
            Column.wrapping("VERIFIES"),
            Column.wrapping("ON FAILURE"));
    for (CheckListing listing : listings) {
      table.addRow(
          listing.code().isPresent() ? Integer.toString(listing.code().getAsInt()) : "",
          listing.definition().id().value(),
          label(listing.definition().defaultEffect()),
          listing.options().enabled() ? "yes" : "no",
          listing.provider(),
          listing.definition().verifies(),
          listing.definition().remediation());
    }
    List<String> lines = new ArrayList<>(table.render(width));
    lines.add("");
    lines.addAll(TextWrap.wrap(summary(listings), width));
    lines.addAll(
        TextWrap.wrap(
            "EFFECT is what a failure does to the host: fatal makes it Unavailable, non-fatal"
                + " makes it NeedsAssistance, report only changes nothing.",
            width));
    return lines;
  }

  /** The effect as an operator thinks of it; JSON and configuration use the enum names. */
  static String label(FailureEffect effect) {
    return switch (effect) {
      case UNAVAILABLE -> "fatal";
      case NEEDS_ASSISTANCE -> "non-fatal";
      case NONE -> "report only";
    };
  }

  private static String summary(List<CheckListing> listings) {
    long enabled = listings.stream().filter(l -> l.options().enabled()).count();
    long missing =
        listings.stream().filter(l -> l.provider().equals(ListChecksService.NOT_INSTALLED)).count();
    String counts = listings.size() + " checks, " + enabled + " enabled.";
    if (missing == 0) {
      return counts;
    }
    if (missing == listings.size()) {
      return counts + " No check plugin is installed, so none of them can run yet.";
    }
    return counts
        + " "
        + missing
        + " marked '"
        + ListChecksService.NOT_INSTALLED
        + "' have no plugin to run them.";
  }
}
