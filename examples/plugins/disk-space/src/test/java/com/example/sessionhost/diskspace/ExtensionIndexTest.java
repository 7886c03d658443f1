package com.example.sessionhost.diskspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.ExtensionIndex;
import org.junit.jupiter.api.Test;

/** Guards the build: without the index PF4J's processor writes, the host never finds the check. */
class ExtensionIndexTest {

  @Test
  void extensionIndexOfThisModuleNamesTheCheck() {
    assertThat(ExtensionIndex.besides(DiskSpaceCheck.class))
        .contains(DiskSpaceCheck.class.getName());
  }
}
