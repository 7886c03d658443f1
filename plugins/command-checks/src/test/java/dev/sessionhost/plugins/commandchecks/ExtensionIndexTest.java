package dev.sessionhost.plugins.commandchecks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.ExtensionIndex;
import org.junit.jupiter.api.Test;

/** Guards the index PF4J's processor writes: without it the plugin would load with no provider. */
class ExtensionIndexTest {

  @Test
  void extensionIndexOfThisModuleNamesTheProvider() {
    assertThat(ExtensionIndex.besides(CommandChecksProvider.class))
        .containsExactly(CommandChecksProvider.class.getName());
  }
}
