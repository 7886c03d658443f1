package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.DirectoryTarget;
import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.TrustTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Asks the directory for a fresh ticket with the machine keytab: {@code kinit -k} into a private
 * in-memory cache when the keytab holds a machine principal, else {@code adcli testjoin}.
 *
 * <p>{@code kinit} asks the domain controller the target names, and only it ({@link PinnedKdc});
 * without one it finds the KDCs through {@code krb5.conf}, or the files named by {@code
 * KRB5_CONFIG} in the agent's environment. The memory cache dies with {@code kinit}, so no ticket
 * is left behind and the host's own caches are never touched.
 */
final class MachineTrustTester {

  private final LinuxEnvironmentOptions options;
  private final CommandRunner runner;
  private final UnaryOperator<String> agentEnvironment;

  MachineTrustTester(LinuxEnvironmentOptions options, CommandRunner runner) {
    this(options, runner, System::getenv);
  }

  /**
   * A tester with another view of the agent's environment.
   *
   * @param agentEnvironment the agent's environment variable of a name, or null
   */
  MachineTrustTester(
      LinuxEnvironmentOptions options,
      CommandRunner runner,
      UnaryOperator<String> agentEnvironment) {
    this.options = options;
    this.runner = runner;
    this.agentEnvironment = agentEnvironment;
  }

  /**
   * Runs the test.
   *
   * @param realm the realm to name to adcli, asked only when adcli is used
   */
  TrustTest test(DirectoryTarget target, Path keytab, Supplier<String> realm) {
    KeytabFile file = KeytabFile.check(keytab);
    if (!file.usable()) {
      throw new ProbeException("cannot test the trust: machine keytab " + file.describe());
    }
    String whyNotKinit;
    try {
      Optional<String> principal = machinePrincipal(keytab, target.realm());
      if (principal.isPresent()) {
        return kinit(target, keytab, principal.get());
      }
      whyNotKinit =
          keytab
              + " holds no machine principal (NAME$@REALM)"
              + (target.realm().isEmpty() ? "" : " for realm " + target.realm());
    } catch (CommandNotFoundException e) {
      whyNotKinit = e.program() + " is not installed";
    } catch (KlistFailed e) {
      whyNotKinit = e.getMessage();
    }
    return adcli(target, keytab, realm.get(), whyNotKinit);
  }

  private Optional<String> machinePrincipal(Path keytab, String realm) {
    List<String> command = List.of("klist", "-k", keytab.toString());
    CommandResult result = runner.run(command, options.commandTimeout());
    if (!result.succeeded()) {
      throw new KlistFailed(String.join(" ", command) + " failed: " + result.firstLine());
    }
    return KeytabListing.machinePrincipal(result.stdout(), realm);
  }

  private TrustTest kinit(DirectoryTarget target, Path keytab, String principal) {
    List<String> command = List.of("kinit", "-k", "-t", keytab.toString(), principal);
    String method = String.join(" ", command);
    String success = "the directory issued a ticket for " + principal;
    // a MEMORY: cache lives inside the kinit process only: the test leaves no ticket behind
    Map<String, String> environment = new HashMap<>();
    environment.put("KRB5CCNAME", "MEMORY:sessionhost-trust-" + UUID.randomUUID());
    String controller = target.domainController();
    if (controller.isEmpty()) {
      return TrustAnswers.judge(method, run(command, environment), success);
    }
    String realm = principal.substring(principal.lastIndexOf('@') + 1);
    try (PinnedKdc pin =
        PinnedKdc.write(
            realm, controller, agentEnvironment.apply("KRB5_CONFIG"), options.etc("krb5.conf"))) {
      environment.putAll(pin.environment());
      return TrustAnswers.judge(
          method + " against KDC " + controller, run(command, environment), success);
    }
  }

  private CommandResult run(List<String> command, Map<String, String> environment) {
    return runner.run(command, Map.copyOf(environment), options.commandTimeout());
  }

  private TrustTest adcli(DirectoryTarget target, Path keytab, String realm, String whyNotKinit) {
    List<String> command = new ArrayList<>(List.of("adcli", "testjoin"));
    if (!realm.isEmpty()) {
      command.addAll(List.of("--domain", realm));
    }
    if (!target.domainController().isEmpty()) {
      command.addAll(List.of("--domain-controller", target.domainController()));
    }
    command.addAll(List.of("--host-keytab", keytab.toString()));
    CommandResult result;
    try {
      result = runner.run(command, options.commandTimeout());
    } catch (CommandNotFoundException e) {
      throw new ProbeException(
          "cannot test the trust: kinit cannot be used ("
              + whyNotKinit
              + ") and adcli is not installed",
          e);
    }
    return TrustAnswers.judge(
        String.join(" ", command), result, "adcli validated the join to " + realm);
  }

  /** {@code klist -k} ran and failed, so the keytab's principals are unknown. */
  private static final class KlistFailed extends ProbeException {
    KlistFailed(String message) {
      super(message);
    }
  }
}
