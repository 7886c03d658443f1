package com.example.sessionhost.diskspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the check as the host would, against the real filesystem of a temporary directory. */
class DiskSpaceCheckTest {

  private static final String SIZE = "\\d+(\\.\\d)? (B|KiB|MiB|GiB|TiB|PiB)";
  private static final String FACTS =
      " has " + SIZE + " free of " + SIZE + " \\(\\d+(\\.\\d)? %\\), ";

  @TempDir Path dir;

  private final DiskSpaceCheck check = new DiskSpaceCheck();

  @Test
  void describesANonFatalCheckCalledDiskSpaceCheck() {
    assertThat(check.descriptor().id()).isEqualTo("DiskSpaceCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.NON_FATAL);
  }

  @Test
  void passesWhenNoFreeSpaceIsRequired() throws Exception {
    CheckVerdict verdict = check.run(context(Map.of("path", dir.toString(), "minFreePercent", 0)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).matches(quoted(dir) + FACTS + "at least the 0 % required");
  }

  @Test
  void failsNamingThePathAndTheNumbersWhenTheWholeDiskMustBeFree() throws Exception {
    // a file of our own, so that even an empty tmpfs is not 100 % free
    Files.write(dir.resolve("ballast"), new byte[64 * 1024]);

    CheckVerdict verdict =
        check.run(context(Map.of("path", dir.toString(), "minFreePercent", "100")));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(DiskSpaceCheck.BELOW_THRESHOLD);
    assertThat(verdict.message()).matches(quoted(dir) + FACTS + "below the 100 % required");
    assertThat(verdict.details()).containsEntry("path", dir.toString()).containsKey("totalBytes");
  }

  @Test
  void failsSayingWhatToFixWhenThePathDoesNotExist() throws Exception {
    Path missing = dir.resolve("not-mounted");

    CheckVerdict verdict = check.run(context(Map.of("path", missing.toString())));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(DiskSpaceCheck.PATH_MISSING);
    assertThat(verdict.message())
        .startsWith(missing + " does not exist")
        .contains("correct setting 'path'");
  }

  @Test
  void checksTheRootFilesystemForTenPercentByDefault() throws Exception {
    CheckVerdict verdict = check.run(SimpleCheckContext.forCheck("DiskSpaceCheck").build());

    assertThat(verdict.message()).startsWith("/ has ");
    assertThat(verdict.details()).containsEntry("path", "/").containsEntry("minFreePercent", "10");
  }

  @ParameterizedTest
  @CsvSource({
    "minFreePercent, 101, a whole number between 0 and 100",
    "minFreePercent, lots, a whole number between 0 and 100",
    "path, relative/dir, an absolute path",
    "minFree, 5, a size with a unit",
    "minFree, 5 parsecs, a size with a unit",
  })
  void rejectsABadSettingNamingItsKey(String key, String value, String expected) {
    CheckContext context = context(Map.of(key, value));

    assertThatThrownBy(() -> check.run(context))
        .isInstanceOfSatisfying(SettingException.class, e -> assertThat(e.key()).isEqualTo(key))
        .hasMessageContaining("'" + key + "' of DiskSpaceCheck")
        .hasMessageContaining(expected);
  }

  private static CheckContext context(Map<String, ?> settings) {
    return SimpleCheckContext.forCheck("DiskSpaceCheck").settings(settings).build();
  }

  private static String quoted(Path path) {
    return Pattern.quote(path.toString());
  }
}
