package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DomainJoinedCheck and DomainTrustCheck of the real distribution against a real Active Directory:
 * a Samba domain controller provisioned on a loopback address in private namespaces, joined with
 * adcli, then broken and repaired.
 *
 * <p>Needs root, namespaces and the Samba packages (see {@link SambaLabRequirements}); without them
 * it is skipped, unless {@code CI_REQUIRE_SAMBA=1} (set by {@code .ci/run}) makes that a failure.
 */
class SambaDomainIT {

  private static final String JOINED = "DomainJoinedCheck";
  private static final String TRUST = "DomainTrustCheck";
  private static final String PASSED = "HealthCheckSucceeded";
  private static final String FAILED = "HealthCheckFailed";

  private static Distribution distribution;

  @BeforeAll
  static void requireALab() throws Exception {
    SambaLabRequirements.requireOrSkip();
    distribution = Distribution.assembled();
  }

  @Test
  void aRealDomainControllerDecidesJoinedAndTrustedThroughBreakageAndRepair() throws Exception {
    String hostsBefore = Files.readString(Path.of("/etc/hosts"));
    Set<Path> pinsBefore = pinnedKdcFiles();
    Path dir = Files.createTempDirectory("sessionhost-samba-");
    String namespace;
    try (DomainLab lab = DomainLab.start(dir)) {
      namespace = lab.pidNamespace();
      String tried = "kinit -k -t " + lab.keytab() + " " + DomainLab.MACHINE;
      tried += " against KDC " + DomainLab.CONTROLLER;

      HealthJson joined = check(lab, 0);
      assertThat(joined.result(JOINED).result())
          .as(joined.result(JOINED).message())
          .isEqualTo(PASSED);
      assertThat(joined.result(TRUST).result())
          .as(joined.result(TRUST).message())
          .isEqualTo(PASSED);
      assertThat(joined.result(TRUST).message()).contains(tried);
      assertThat(joined.status()).isEqualTo("Available");

      lab.step("setpassword");
      HealthJson reset = check(lab, 2);
      assertThat(reset.result(JOINED).result()).isEqualTo(PASSED);
      assertThat(reset.result(TRUST).result()).isEqualTo(FAILED);
      assertThat(reset.status()).isEqualTo("Unavailable");
      assertThat(reset.result(TRUST).message())
          .contains("tried " + tried)
          .contains("kinit: Preauthentication failed while getting initial credentials");

      lab.step("delete");
      HealthJson deleted = check(lab, 2);
      assertThat(deleted.result(TRUST).result()).isEqualTo(FAILED);
      assertThat(deleted.result(TRUST).message())
          .contains("tried " + tried)
          .contains("Client '" + DomainLab.MACHINE + "' not found in Kerberos database");

      lab.step("join");
      HealthJson rejoined = check(lab, 0);
      assertThat(rejoined.result(JOINED).result()).isEqualTo(PASSED);
      assertThat(rejoined.result(TRUST).result()).isEqualTo(PASSED);
      assertThat(rejoined.status()).isEqualTo("Available");
    }
    assertThat(DomainLab.processesIn(namespace)).as("processes left in " + namespace).isEmpty();
    assertThat(survivorsNaming(dir)).as("processes naming " + dir).isEmpty();
    assertThat(dir).doesNotExist();
    assertThat(pinnedKdcFiles()).as("krb5 files the trust test left").isEqualTo(pinsBefore);
    assertThat(Path.of("/etc/hosts")).content().isEqualTo(hostsBefore);
  }

  /** Runs the real {@code sessionhost check} inside the lab's namespaces, configured for it. */
  private static HealthJson check(DomainLab lab, int exitCode) throws Exception {
    Path config = lab.dir().resolve("sessionhost.yaml");
    Files.writeString(config, config(lab));
    List<String> args = new ArrayList<>();
    args.addAll(
        lab.inside(
            distribution.launcher().toString(),
            "check",
            "--environment",
            "linux",
            "--config",
            config.toString(),
            "--only",
            JOINED + "," + TRUST,
            "--format",
            "json"));
    Launcher.Run run =
        Launcher.of(Path.of("nsenter"))
            .in(lab.dir())
            .with("KRB5_CONFIG", lab.krb5Config().toString())
            .run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
    return HealthJson.parse(run.out());
  }

  private static String config(DomainLab lab) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("agent:\n")
        .append("  pluginsDir: ")
        .append(distribution.plugins())
        .append('\n')
        .append("  stateDir: ")
        .append(lab.dir().resolve("state"))
        .append('\n')
        .append("checks:\n");
    for (String check : List.of(JOINED, TRUST)) {
      yaml.append("  ")
          .append(check)
          .append(":\n")
          .append("    settings:\n")
          .append("      realm: ")
          .append(DomainLab.REALM)
          .append('\n')
          .append("      keytab: ")
          .append(lab.keytab())
          .append('\n')
          .append("      domainController: \"")
          .append(DomainLab.CONTROLLER)
          .append("\"\n");
    }
    return yaml.toString();
  }

  private static Set<Path> pinnedKdcFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("sessionhost-kdc-"))
          .collect(Collectors.toSet());
    }
  }

  private static List<String> survivorsNaming(Path dir) {
    return ProcessHandle.allProcesses()
        .map(p -> p.info().commandLine().orElse(""))
        .filter(line -> line.contains(dir.toString()))
        .toList();
  }
}
