package com.example.sessionhost.diskspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the build: without the index PF4J's processor writes, the host never finds the check. */
class ExtensionIndexTest {

  private static final String INDEX = "META-INF/extensions.idx";

  @Test
  void extensionIndexOfThisModuleNamesTheCheck() throws Exception {
    Path classes =
        Path.of(DiskSpaceCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classes).endsWith(Path.of("target", "classes"));
    URL expected = classes.resolve(INDEX).toUri().toURL();

    // only this module's own output counts: an index from another jar must not satisfy the guard
    List<URL> found = Collections.list(getClass().getClassLoader().getResources(INDEX));
    assertThat(found).extracting(URL::toString).contains(expected.toString());

    try (InputStream in = expected.openStream()) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim).toList();
      assertThat(lines).contains(DiskSpaceCheck.class.getName());
    }
  }
}
