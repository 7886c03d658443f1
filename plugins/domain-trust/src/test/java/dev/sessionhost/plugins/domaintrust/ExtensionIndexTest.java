package dev.sessionhost.plugins.domaintrust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.ExtensionIndex;
import org.junit.jupiter.api.Test;

/** Guards the index PF4J's processor writes: without it the plugin would load with no check. */
class ExtensionIndexTest {

  @Test
  void extensionIndexOfThisModuleNamesTheCheck() {
    assertThat(ExtensionIndex.besides(DomainTrustCheck.class))
        .contains(DomainTrustCheck.class.getName());
  }
}
