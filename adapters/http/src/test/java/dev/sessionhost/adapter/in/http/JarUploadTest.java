package dev.sessionhost.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JarUploadTest {

  @TempDir Path uploads;

  @ParameterizedTest
  @CsvSource({
    "disk-space-1.2.0.jar, disk-space-1.2.0.jar",
    "/tmp/../x/disk.jar, disk.jar",
    "C:\\plugins\\disk.jar, disk.jar",
    "my plugin (2).jar, my_plugin__2_.jar",
    "caf\u00e9.jar, caf_.jar"
  })
  void keepsOnlyTheLastSegmentInSafeCharacters(String asked, String staged) {
    assertThat(JarUpload.fileName(Optional.of(asked))).isEqualTo(staged);
  }

  @Test
  void withoutANameTheJarIsUploadJar() {
    assertThat(JarUpload.fileName(Optional.empty())).isEqualTo("upload.jar");
    assertThat(JarUpload.fileName(Optional.of("  "))).isEqualTo("upload.jar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"run.sh", "..", ".jar", ".hidden.jar", "disk.jar.sh"})
  void refusesNamesThatAreNoJar(String asked) {
    assertThatThrownBy(() -> JarUpload.fileName(Optional.of(asked)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".jar");
  }

  @Test
  void stopsReadingPastTheLimitAndLeavesNothingBehind() throws IOException {
    try (JarUpload upload =
        JarUpload.receive(uploads, "a.jar", new ByteArrayInputStream(new byte[101]), 100)) {
      assertThat(upload.complete()).isFalse();
    }
    try (var left = Files.list(uploads)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void keepsABodyAtTheLimit() throws IOException {
    try (JarUpload upload =
        JarUpload.receive(uploads, "a.jar", new ByteArrayInputStream(new byte[100]), 100)) {
      assertThat(upload.complete()).isTrue();
      assertThat(Files.size(upload.jar())).isEqualTo(100);
    }
  }
}
