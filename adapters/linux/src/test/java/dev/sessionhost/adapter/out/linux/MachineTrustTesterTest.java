package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.TrustTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust test against a named domain controller, with outputs recorded from a Samba AD DC. */
class MachineTrustTesterTest {

  private static final String PRINCIPAL = "HOST1$@LAB.SESSIONHOST.TEST";
  private static final DirectoryTarget TARGET =
      new DirectoryTarget("LAB.SESSIONHOST.TEST", "", "127.0.0.2");

  @TempDir Path root;
  private Path keytab;
  private final List<String> pinnedConfigs = new ArrayList<>();
  private final List<Map<String, String>> kinitEnvironments = new ArrayList<>();

  @BeforeEach
  void writeKeytab() throws IOException {
    keytab = Files.writeString(root.resolve("krb5.keytab"), "keys");
  }

  /** A runner whose kinit answers with the recorded stderr, reading the pinned file meanwhile. */
  private CommandRunner kinitAnswering(int exitCode, String stderr) {
    return (command, environment, timeout) -> {
      if (command.get(0).equals("klist")) {
        return result(command, 0, Recorded.text("samba/klist-k-adcli-join.txt"), "");
      }
      kinitEnvironments.add(environment);
      String config = environment.getOrDefault("KRB5_CONFIG", "");
      if (!config.isEmpty()) {
        pinnedConfigs.add(read(Path.of(config.substring(0, config.indexOf(':')))));
      }
      return result(command, exitCode, "", stderr);
    };
  }

  private TrustTest test(CommandRunner runner, String agentKrb5Config) {
    MachineTrustTester tester =
        new MachineTrustTester(
            LinuxEnvironmentOptions.rootedAt(root.resolve("proc"), root.resolve("etc")),
            runner,
            name -> name.equals("KRB5_CONFIG") ? agentKrb5Config : null);
    return tester.test(TARGET, keytab, () -> "LAB.SESSIONHOST.TEST");
  }

  @Test
  void theNamedControllerIsAskedAndTheMethodSaysSo() {
    TrustTest test = test(kinitAnswering(0, ""), "/tmp/lab/krb5.conf");

    assertThat(test.trusted()).isTrue();
    assertThat(test.method())
        .isEqualTo("kinit -k -t " + keytab + " " + PRINCIPAL + " against KDC 127.0.0.2");
    assertThat(test.answer()).isEqualTo("the directory issued a ticket for " + PRINCIPAL);
    assertThat(pinnedConfigs).singleElement().asString().contains("kdc = 127.0.0.2", "}*");
    Map<String, String> environment = kinitEnvironments.get(0);
    assertThat(environment.get("KRB5_CONFIG")).endsWith(":/tmp/lab/krb5.conf");
    assertThat(environment.get("KRB5CCNAME")).startsWith("MEMORY:");
    Path pinned = Path.of(environment.get("KRB5_CONFIG").split(":")[0]);
    assertThat(pinned).doesNotExist();
  }

  @Test
  void aResetMachinePasswordIsRefusedInTheDirectorysWords() {
    TrustTest test = test(kinitAnswering(1, Recorded.text("samba/kinit-preauth-failed.txt")), null);

    assertThat(test.trusted()).isFalse();
    assertThat(test.method()).endsWith(PRINCIPAL + " against KDC 127.0.0.2");
    assertThat(test.answer())
        .isEqualTo("kinit: Preauthentication failed while getting initial credentials");
    assertThat(kinitEnvironments.get(0).get("KRB5_CONFIG"))
        .endsWith(":" + root.resolve("etc/krb5.conf"));
  }

  @Test
  void aDeletedComputerAccountIsRefusedInTheDirectorysWords() {
    TrustTest test =
        test(kinitAnswering(1, Recorded.text("samba/kinit-client-not-found.txt")), null);

    assertThat(test.trusted()).isFalse();
    assertThat(test.answer()).contains("Client '" + PRINCIPAL + "' not found in Kerberos database");
  }

  @Test
  void aSilentControllerIsNotAnAnswerAboutTheTrust() {
    assertThatThrownBy(() -> test(kinitAnswering(1, Recorded.text("samba/kinit-no-kdc.txt")), null))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("against KDC 127.0.0.2\" could not reach a domain controller")
        .hasMessageContaining("Cannot contact any KDC");
  }

  private static CommandResult result(
      List<String> command, int exitCode, String stdout, String stderr) {
    return new CommandResult(command, exitCode, stdout, stderr, Duration.ofMillis(3));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
