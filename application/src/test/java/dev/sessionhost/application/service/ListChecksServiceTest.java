package dev.sessionhost.application.service;

import static dev.sessionhost.application.port.out.RunnableCheckBuilder.aCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.application.port.in.CheckListing;
import dev.sessionhost.application.port.out.FakeChecks;
import dev.sessionhost.domain.check.CheckId;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Listing the checks: the API's catalogue, with what the loaded plugins provide in its place. */
class ListChecksServiceTest {

  private final FakeChecks loaded = new FakeChecks();
  private final ListChecksService service = new ListChecksService(loaded);

  @Test
  void withNothingLoadedTheCatalogueIsListedAsNotInstalled() {
    List<CheckListing> listings = service.listChecks();

    assertThat(listings)
        .extracting(l -> l.code().orElseThrow())
        .containsExactlyElementsOf(IntStream.rangeClosed(0, 10).boxed().toList());
    assertThat(listings)
        .extracting(CheckListing::provider)
        .containsOnly(ListChecksService.NOT_INSTALLED);
    assertThat(listings)
        .filteredOn(l -> l.options().enabled())
        .extracting(l -> l.code().orElseThrow())
        .containsExactly(0, 1, 3, 4, 5, 9, 10);
  }

  @Test
  void pluginCheckWithItsOwnIdComesAfterTheCatalogueWithItsProvider() {
    loaded.add(aCheck("DiskSpaceCheck").providedBy("disk-checks@2.1.0").passing());

    List<CheckListing> listings = service.listChecks();

    assertThat(listings).hasSize(12);
    CheckListing last = listings.get(11);
    assertThat(last.definition().id()).isEqualTo(CheckId.of("DiskSpaceCheck"));
    assertThat(last.code()).isEqualTo(OptionalInt.empty());
    assertThat(last.provider()).isEqualTo("disk-checks@2.1.0");
  }

  @Test
  void pluginChecksWithoutACodeAreOrderedById() {
    loaded.add(aCheck("ZoneCheck").passing(), aCheck("AgentVersionCheck").passing());

    List<CheckListing> listings = service.listChecks();

    assertThat(listings.subList(11, 13))
        .extracting(l -> l.definition().id().value())
        .containsExactly("AgentVersionCheck", "ZoneCheck");
  }

  @Test
  void loadedCheckWithAKnownIdReplacesItsCatalogueEntry() {
    loaded.add(
        aCheck("FSLogixHealthCheck").providedBy("profile-checks@1.0.0").timeout(5000).passing());

    List<CheckListing> listings = service.listChecks();

    assertThat(listings).hasSize(11);
    CheckListing fslogix = listings.get(2);
    assertThat(fslogix.definition().id()).isEqualTo(CheckId.of("FSLogixHealthCheck"));
    assertThat(fslogix.code()).isEqualTo(OptionalInt.of(2));
    assertThat(fslogix.provider()).isEqualTo("profile-checks@1.0.0");
    assertThat(fslogix.options().enabled()).isTrue();
    assertThat(fslogix.options().timeout()).isEqualTo(Duration.ofSeconds(5));
  }
}
