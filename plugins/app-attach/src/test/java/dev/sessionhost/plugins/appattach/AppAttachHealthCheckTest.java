package dev.sessionhost.plugins.appattach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.CheckContext;
import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.FileProbe;
import dev.sessionhost.plugin.api.PathState;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.SettingException;
import dev.sessionhost.plugin.api.Severity;
import dev.sessionhost.plugin.api.SimpleCheckContext;
import dev.sessionhost.plugin.api.VerdictStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppAttachHealthCheckTest {

  private final AppAttachHealthCheck check = new AppAttachHealthCheck();
  private final List<String> asked = new ArrayList<>();

  /** A file system where paths under /ok are images, /dir is a directory, /locked is unreadable. */
  private final FileProbe files =
      path -> {
        asked.add(path);
        if (path.startsWith("/ok")) {
          return new PathState(path, true, true, false, 4096, "");
        }
        if (path.startsWith("/dir")) {
          return new PathState(path, true, true, true, 0, "");
        }
        if (path.startsWith("/locked")) {
          return new PathState(path, true, false, false, 4096, "permission denied");
        }
        return PathState.missing(path, "no such file or directory");
      };

  @Test
  void describesANonFatalCheckWithTheWireId() {
    assertThat(check.descriptor().id()).isEqualTo("AppAttachHealthCheck");
    assertThat(check.descriptor().severity()).isEqualTo(Severity.NON_FATAL);
  }

  @Test
  void passesWithoutProbingWhenNoPackagesAreConfigured() {
    CheckVerdict verdict = check.run(context(Map.of()));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).isEqualTo("no app attach packages configured");
    assertThat(asked).isEmpty();
  }

  @Test
  void passesWhenEveryImageIsAReadableFile() {
    CheckVerdict verdict =
        check.run(
            packages(pkg("office", "/ok/office.vhdx", null), pkg("teams", "/ok/teams.cim", null)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
    assertThat(verdict.message()).isEqualTo("all 2 app attach packages are present and readable");
    assertThat(asked).containsExactly("/ok/office.vhdx", "/ok/teams.cim");
  }

  @Test
  void failsNamingThePackageAndPathOfAMissingImage() {
    CheckVerdict verdict =
        check.run(
            packages(
                pkg("office", "/ok/office.vhdx", null), pkg("teams", "/gone/teams.vhdx", null)));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.errorCode()).isEqualTo(AppAttachHealthCheck.MISSING);
    assertThat(verdict.message())
        .isEqualTo(
            "1 of 2 app attach packages failed: teams: /gone/teams.vhdx does not exist"
                + " (no such file or directory)");
    assertThat(verdict.severityOverride()).contains(Severity.NON_FATAL);
  }

  @Test
  void failsWhenThePathIsADirectoryInsteadOfAFile() {
    CheckVerdict verdict = check.run(packages(pkg("office", "/dir/office", null)));

    assertThat(verdict.errorCode()).isEqualTo(AppAttachHealthCheck.DIRECTORY);
    assertThat(verdict.message())
        .isEqualTo(
            "1 of 1 app attach packages failed: office: /dir/office is a directory, not an image"
                + " file");
  }

  @Test
  void failsWhenTheImageIsNotReadable() {
    CheckVerdict verdict = check.run(packages(pkg("office", "/locked/office.vhdx", null)));

    assertThat(verdict.errorCode()).isEqualTo(AppAttachHealthCheck.UNREADABLE);
    assertThat(verdict.message())
        .endsWith("office: /locked/office.vhdx is not readable (permission denied)");
  }

  @Test
  void theWorstFailingPackageDecidesSeverityAndCode() {
    CheckVerdict verdict =
        check.run(
            packages(
                pkg("a", "/gone/a.vhdx", "DoNotFail"),
                pkg("b", "/dir/b", "Unhealthy"),
                pkg("c", "/locked/c.vhdx", "NeedsAssistance"),
                pkg("d", "/ok/d.vhdx", "Unhealthy")));

    assertThat(verdict.severityOverride()).contains(Severity.FATAL);
    assertThat(verdict.errorCode()).isEqualTo(AppAttachHealthCheck.DIRECTORY);
    assertThat(verdict.message()).startsWith("3 of 4 app attach packages failed: a: ");
    assertThat(verdict.details())
        .containsEntry(
            "b", "b: /dir/b is a directory, not an image file [failureEffect UNAVAILABLE]")
        .containsEntry("d", "readable, 4096 bytes at /ok/d.vhdx");
  }

  @Test
  void failuresOfDoNotFailPackagesAloneAreInformational() {
    CheckVerdict verdict =
        check.run(packages(pkg("a", "/gone/a.vhdx", "DoNotFail"), pkg("b", "/ok/b", "Unhealthy")));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILED);
    assertThat(verdict.severityOverride()).contains(Severity.INFORMATIONAL);
  }

  @Test
  void aFailingNeedsAssistancePackageOutweighsDoNotFail() {
    CheckVerdict verdict =
        check.run(packages(pkg("a", "/gone/a.vhdx", "DoNotFail"), pkg("b", "/locked/b", null)));

    assertThat(verdict.severityOverride()).contains(Severity.NON_FATAL);
    assertThat(verdict.errorCode()).isEqualTo(AppAttachHealthCheck.UNREADABLE);
  }

  @Test
  void readsTheFailureEffectIgnoringCase() {
    CheckVerdict verdict = check.run(packages(pkg("a", "/gone/a", "unhealthy")));

    assertThat(verdict.severityOverride()).contains(Severity.FATAL);
  }

  @Test
  void namesAPackageByItsPathWhenItHasNoName() {
    CheckVerdict verdict =
        check.run(context(Map.of("packages", List.of(Map.of("path", "/gone/x")))));

    assertThat(verdict.message())
        .endsWith("failed: /gone/x: /gone/x does not exist (no such file or directory)");
  }

  @Test
  void rejectsAnUnknownFailureEffectNamingTheKeyWithItsPosition() {
    assertThatThrownBy(
            () -> check.run(packages(pkg("a", "/ok/a", null), pkg("b", "/ok/b", "Sometimes"))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'packages[1].failureEffect'")
        .hasMessageContaining("Sometimes");
    assertThat(asked).isEmpty();
  }

  @Test
  void rejectsAPackageWithoutAPathNamingTheKey() {
    assertThatThrownBy(() -> check.run(context(Map.of("packages", List.of(Map.of("name", "a"))))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'packages[0].path'");
  }

  @Test
  void rejectsPackagesThatAreNotAListNamingTheKey() {
    assertThatThrownBy(() -> check.run(context(Map.of("packages", "office"))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'packages'");
  }

  @Test
  void letsAProbeFailurePropagate() {
    FileProbe broken =
        path -> {
          throw new ProbeException("cannot stat " + path + ": the share does not answer");
        };
    CheckContext context =
        SimpleCheckContext.forCheck("AppAttachHealthCheck")
            .settings(Map.of("packages", List.of(pkg("a", "//srv/a.vhdx", null))))
            .probe(FileProbe.class, broken)
            .build();

    assertThatThrownBy(() -> check.run(context))
        .isInstanceOf(ProbeException.class)
        .hasMessage("cannot stat //srv/a.vhdx: the share does not answer");
  }

  private static Map<String, String> pkg(String name, String path, String effect) {
    return effect == null
        ? Map.of("name", name, "path", path)
        : Map.of("name", name, "path", path, "failureEffect", effect);
  }

  @SafeVarargs
  private CheckContext packages(Map<String, String>... sections) {
    return context(Map.of("packages", List.of(sections)));
  }

  private CheckContext context(Map<String, ?> settings) {
    return SimpleCheckContext.forCheck("AppAttachHealthCheck")
        .settings(settings)
        .probe(FileProbe.class, files)
        .build();
  }
}
