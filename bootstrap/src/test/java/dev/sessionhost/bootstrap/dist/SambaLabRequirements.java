package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * What {@link SambaDomainIT} needs: Linux, root, the Samba, Kerberos and adcli tools, and the right
 * to create namespaces. Missing any, the test is skipped with the reason, or fails when the
 * environment variable {@code CI_REQUIRE_SAMBA} is {@code 1}, as {@code .ci/run} sets it.
 */
final class SambaLabRequirements {

  /** The programs domain-lab.sh and the linux environment run, and their Debian packages. */
  private static final List<String> PROGRAMS =
      List.of(
          "samba (samba-ad-dc, samba)",
          "samba-tool (samba-common-bin)",
          "samba_spnupdate (samba)",
          "adcli (adcli)",
          "kinit (krb5-user)",
          "klist (krb5-user)",
          "ip (iproute2)",
          "unshare (util-linux)",
          "nsenter (util-linux)");

  private SambaLabRequirements() {}

  static void requireOrSkip() throws Exception {
    Optional<String> missing = missing();
    if (missing.isEmpty()) {
      return;
    }
    String reason = "no Samba domain lab on this machine: " + missing.get();
    if ("1".equals(System.getenv("CI_REQUIRE_SAMBA"))) {
      fail(reason + " (CI_REQUIRE_SAMBA=1: this test must run here)");
    }
    Assumptions.abort(reason);
  }

  private static Optional<String> missing() throws Exception {
    if (!System.getProperty("os.name").equals("Linux")) {
      return Optional.of("not Linux");
    }
    if (!System.getProperty("user.name").equals("root")) {
      return Optional.of("not root (samba and namespaces need it)");
    }
    for (String program : PROGRAMS) {
      String name = program.substring(0, program.indexOf(' '));
      if (!onPath(name)) {
        return Optional.of(
            name + " is not installed: install " + program.substring(name.length() + 1));
      }
    }
    Process probe =
        new ProcessBuilder(
                "unshare", "--net", "--mount", "--pid", "--uts", "--fork", "--mount-proc", "true")
            .redirectErrorStream(true)
            .start();
    if (!probe.waitFor(30, TimeUnit.SECONDS)) {
      probe.destroyForcibly();
      return Optional.of("unshare did not finish in 30 s");
    }
    if (probe.exitValue() != 0) {
      return Optional.of(
          "cannot create namespaces: " + new String(probe.getInputStream().readAllBytes()).strip());
    }
    return Optional.empty();
  }

  private static boolean onPath(String program) {
    for (String folder : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin")) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
