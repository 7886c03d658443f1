package dev.sessionhost.adapter.out.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configuration sections the runtime options carry for check providers. */
class PluginRuntimeOptionsTest {

  private static final Path DIR = Path.of("plugins");

  @Test
  void optionsMadeWithoutSectionsHaveNone() {
    PluginRuntimeOptions options =
        new PluginRuntimeOptions(
            DIR, Set.of(), CheckConfiguration.NONE, Map.of(), "test", Map.of());

    assertThat(options.sections()).isEmpty();
    assertThat(options.section("commandChecks")).isEmpty();
  }

  @Test
  void sectionsAreCopiedKeepNullValuesAndSurviveTheOtherWithers() {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", "DiskCheck");
    entry.put("timeout", null);
    List<Map<String, Object>> entries = new ArrayList<>(List.of(entry));
    Map<String, List<Map<String, Object>>> sections =
        new HashMap<>(Map.of("commandChecks", entries));

    PluginRuntimeOptions options =
        PluginRuntimeOptions.of(DIR, "test")
            .withSections(sections)
            .withDisabledPlugins(Set.of("x"));
    entry.put("name", "Changed");
    entries.clear();

    assertThat(options.section("commandChecks")).hasSize(1);
    assertThat(options.section("commandChecks").get(0))
        .containsEntry("name", "DiskCheck")
        .containsEntry("timeout", null);
    assertThatThrownBy(() -> options.section("commandChecks").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullEntryCountsAsAnEmptyOne() {
    List<Map<String, Object>> entries = new ArrayList<>();
    entries.add(null);

    PluginRuntimeOptions options =
        PluginRuntimeOptions.of(DIR, "test").withSections(Map.of("commandChecks", entries));

    assertThat(options.section("commandChecks")).containsExactly(Map.of());
  }
}
