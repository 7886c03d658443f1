package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapCheckSettingsListTest {

  private static CheckSettings settings(Map<String, ?> values) {
    return CheckSettings.of("AppAttachHealthCheck", values);
  }

  @Test
  void readsAListOfTextsAndScalarsAsWritten() {
    CheckSettings settings = settings(Map.of("urls", List.of("a.example.com", 443, true)));

    assertThat(settings.stringList("urls", List.of()))
        .containsExactly("a.example.com", "443", "true");
  }

  @Test
  void splitsASingleTextAtCommasDroppingBlankItems() {
    CheckSettings settings = settings(Map.of("urls", " a.example.com, b:8443 ,, "));

    assertThat(settings.stringList("urls", List.of())).containsExactly("a.example.com", "b:8443");
  }

  @Test
  void missingListYieldsTheDefault() {
    assertThat(settings(Map.of()).stringList("urls", List.of("d"))).containsExactly("d");
  }

  @Test
  void theListReadCannotChangeNorChangesWithTheSource() {
    List<Object> source = new ArrayList<>(List.of("a"));
    CheckSettings settings = settings(Map.of("urls", source));
    source.add("b");

    List<String> urls = settings.stringList("urls", List.of());

    assertThat(urls).containsExactly("a");
    assertThatThrownBy(() -> urls.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBadItemIsNamedByItsPosition() {
    CheckSettings settings = settings(Map.of("urls", Arrays.asList("a", Map.of("x", 1), null)));

    assertThatThrownBy(() -> settings.stringList("urls", List.of()))
        .isInstanceOf(SettingException.class)
        .hasMessage(
            "setting 'urls[1]' of AppAttachHealthCheck: expected a text, found a section with keys"
                + " [x]");
  }

  @Test
  void aNullItemIsReportedAsNothing() {
    CheckSettings settings = settings(Map.of("urls", Arrays.asList("a", null)));

    assertThatThrownBy(() -> settings.stringList("urls", List.of()))
        .hasMessageEndingWith("'urls[1]' of AppAttachHealthCheck: expected a text, found nothing");
  }

  @Test
  void aNumberIsNotAList() {
    assertThatThrownBy(() -> settings(Map.of("urls", 5)).stringList("urls", List.of()))
        .hasMessageEndingWith("expected a list of texts, found 5");
  }

  @Test
  void sectionsAreReadAsSettingsOfTheirOwn() {
    CheckSettings settings =
        settings(
            Map.of(
                "packages",
                List.of(
                    Map.of("name", "app1", "path", "/srv/app1.vhdx", "failureEffect", "DoNotFail"),
                    Map.of("name", "app2", "path", "/srv/app2.vhdx"))));

    List<CheckSettings> packages = settings.sections("packages");

    assertThat(packages).hasSize(2);
    assertThat(packages.get(0).requiredString("path")).isEqualTo("/srv/app1.vhdx");
    assertThat(packages.get(1).string("failureEffect", "NeedsAssistance"))
        .isEqualTo("NeedsAssistance");
    assertThat(packages.get(1).keys()).containsExactlyInAnyOrder("name", "path");
  }

  @Test
  void errorsInsideASectionNameTheKeyWithItsPath() {
    CheckSettings settings =
        settings(
            Map.of(
                "packages",
                List.of(Map.of("name", "app1", "path", "/a"), Map.of("name", "app2", "path", 7))));

    CheckSettings second = settings.sections("packages").get(1);

    assertThatThrownBy(() -> second.integer("path", 0, 10, 20))
        .isInstanceOf(SettingException.class)
        .hasMessage(
            "setting 'packages[1].path' of AppAttachHealthCheck: expected a whole number between 10"
                + " and 20, found 7");
    assertThatThrownBy(() -> second.requiredString("missing"))
        .hasMessageStartingWith("setting 'packages[1].missing' of AppAttachHealthCheck");
    assertThat(second.invalid("name", "a known package").key()).isEqualTo("packages[1].name");
  }

  @Test
  void nestedSectionsExtendThePath() {
    CheckSettings settings = settings(Map.of("a", List.of(Map.of("b", List.of(Map.of("c", "x"))))));

    CheckSettings inner = settings.sections("a").get(0).sections("b").get(0);

    assertThatThrownBy(() -> inner.bool("c", false))
        .hasMessageStartingWith("setting 'a[0].b[0].c' of AppAttachHealthCheck");
  }

  @Test
  void anItemThatIsNotASectionIsNamedByItsPosition() {
    CheckSettings settings = settings(Map.of("packages", List.of(Map.of("name", "a"), "b")));

    assertThatThrownBy(() -> settings.sections("packages"))
        .hasMessage(
            "setting 'packages[1]' of AppAttachHealthCheck: expected a section of settings, found"
                + " \"b\"");
  }

  @Test
  void aSingleSectionIsNotAListOfThem() {
    assertThatThrownBy(() -> settings(Map.of("packages", Map.of("name", "a"))).sections("packages"))
        .hasMessageEndingWith("expected a list of sections, found a section with keys [name]");
  }

  @Test
  void missingSectionsAreEmpty() {
    assertThat(settings(Map.of()).sections("packages")).isEmpty();
  }

  @Test
  void aNestedSectionReadsLikeTheSettingsAndNamesItsPath() {
    CheckSettings settings =
        CheckSettings.of(
            "commandChecks[0]",
            Map.of("environment", Map.of("PGUSER", "monitor", "PORT", 5432), "list", List.of()));

    CheckSettings environment = settings.section("environment");
    assertThat(environment.keys()).containsExactlyInAnyOrder("PGUSER", "PORT");
    assertThat(environment.string("PGUSER", null)).isEqualTo("monitor");
    assertThat(environment.integer("PORT", 0)).isEqualTo(5432);
    assertThat(settings.section("missing").keys()).isEmpty();
    assertThatThrownBy(() -> environment.integer("PGUSER", 0))
        .isInstanceOf(SettingException.class)
        .hasMessageStartingWith("setting 'environment.PGUSER' of commandChecks[0]");
    assertThatThrownBy(() -> settings.section("list"))
        .isInstanceOf(SettingException.class)
        .hasMessageStartingWith("setting 'list' of commandChecks[0]: expected a section");
  }
}
