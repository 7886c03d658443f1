package dev.sessionhost.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

class SdkVersionTest {

  private final VersionManager versions = new DefaultVersionManager();

  @Test
  void theConstantMatchesTheVersionTheJarManifestCarries() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));

    assertThat(pom).contains("<sdk.version>" + SdkVersion.VERSION + "</sdk.version>");
  }

  @Test
  void pf4jHonoursAPluginRequiresRangeAgainstTheVersion() {
    assertThat(versions.checkVersionConstraint(SdkVersion.VERSION, ">=1.0.0 & <2.0.0")).isTrue();
    assertThat(versions.checkVersionConstraint(SdkVersion.VERSION, ">=2.0.0")).isFalse();
  }
}
