package com.example.sessionhost.diskspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.nio.file.AccessDeniedException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the verdicts and their wording with a disk of known size standing in for the real one. */
class DiskSpaceCheckMessagesTest {

  private static final long GIB = 1L << 30;
  private static final long TOTAL = 40 * GIB;
  private static final long FREE = 3_355_443_200L; // 3.125 GiB, 7.8125 % of 40 GiB

  @Test
  void failsBelowThePercentRequiredStatingFreeAndTotalSpace() {
    CheckVerdict verdict = run(FREE, TOTAL, Map.of("path", "/"));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.message())
        .isEqualTo("/ has 3.1 GiB free of 40 GiB (7.8 %), below the 10 % required");
    assertThat(verdict.details())
        .containsEntry("filesystem", "/dev/test (ext4)")
        .containsEntry("usableBytes", Long.toString(FREE))
        .containsEntry("totalBytes", Long.toString(TOTAL));
  }

  @Test
  void failsBelowTheSizeRequiredEvenWhenThePercentIsMet() {
    CheckVerdict verdict =
        run(FREE, TOTAL, Map.of("path", "/data", "minFreePercent", 5, "minFree", "5GiB"));

    assertThat(verdict.errorCode()).isEqualTo(DiskSpaceCheck.BELOW_THRESHOLD);
    assertThat(verdict.message())
        .isEqualTo("/data has 3.1 GiB free of 40 GiB (7.8 %), below the 5 GiB required");
    assertThat(verdict.details()).containsEntry("minFreeBytes", Long.toString(5 * GIB));
  }

  @Test
  void namesEveryThresholdThatIsNotMet() {
    CheckVerdict verdict = run(FREE, TOTAL, Map.of("minFree", "5 GiB"));

    assertThat(verdict.message()).endsWith("below the 10 % and 5 GiB required");
  }

  @Test
  void passesWhenExactlyTheRequiredShareIsFree() {
    CheckVerdict verdict = run(4 * GIB, TOTAL, Map.of("path", "/srv"));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message())
        .isEqualTo("/srv has 4 GiB free of 40 GiB (10 %), at least the 10 % required");
  }

  @Test
  void passesWhenBothThresholdsAreMet() {
    CheckVerdict verdict = run(20 * GIB, TOTAL, Map.of("minFree", "5GiB"));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).endsWith("(50 %), at least the 10 % and 5 GiB required");
  }

  @Test
  void cannotTellWhenTheFilesystemCannotBeRead() {
    DiskSpaceCheck check =
        new DiskSpaceCheck(
            path -> {
              throw new AccessDeniedException(path.toString());
            });

    CheckVerdict verdict =
        check.run(
            SimpleCheckContext.forCheck("DiskSpaceCheck").settings(Map.of("path", "/x")).build());

    assertThat(verdict.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(verdict.message())
        .startsWith("cannot read the filesystem of /x")
        .contains("AccessDeniedException");
  }

  @Test
  void cannotTellWhenTheFilesystemReportsNoSize() {
    CheckVerdict verdict = run(0, 0, Map.of("path", "/proc"));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.UNDETERMINED);
    assertThat(verdict.message()).startsWith("/proc is on /dev/test (ext4), which reports no size");
  }

  private static CheckVerdict run(long usable, long total, Map<String, ?> settings) {
    DiskSpaceCheck check = new DiskSpaceCheck(path -> new Space("/dev/test (ext4)", usable, total));
    return check.run(SimpleCheckContext.forCheck("DiskSpaceCheck").settings(settings).build());
  }
}
