package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.TrustTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells from the output of {@code kinit} or {@code adcli testjoin} whether the directory accepted
 * the machine, refused it, or could not be reached at all.
 */
final class TrustAnswers {

  /** The directory answered and said no: the machine's account or keys are no longer good. */
  private static final List<String> REFUSED =
      List.of(
          "preauthentication failed",
          "not found in kerberos database",
          "password has expired",
          "credentials have been revoked",
          "integrity check failed",
          "no suitable keys",
          "couldn't authenticate");

  /** Nobody answered: a question of reachability (DomainReachable), not of trust. */
  private static final List<String> UNREACHABLE =
      List.of(
          "cannot contact any kdc",
          "cannot find kdc",
          "unable to reach any kdc",
          "cannot resolve network address",
          "cannot resolve servers",
          "couldn't find usable domain controller",
          "couldn't connect to",
          "network is unreachable");

  private static final int LINES_SHOWN = 3;

  private TrustAnswers() {}

  /**
   * Judges a finished trust command.
   *
   * @param method the command line, without secrets
   * @param result what it returned
   * @param success what to say when it succeeded and printed nothing useful
   * @throws ProbeException when the tool could not reach a domain controller
   */
  static TrustTest judge(String method, CommandResult result, String success) {
    String said = firstLines(result);
    if (result.succeeded()) {
      return new TrustTest(true, method, result.stdout().isBlank() ? success : said);
    }
    String output = result.allOutput().toLowerCase(Locale.ROOT);
    boolean refused = REFUSED.stream().anyMatch(output::contains);
    if (!refused && UNREACHABLE.stream().anyMatch(output::contains)) {
      throw new ProbeException("\"" + method + "\" could not reach a domain controller: " + said);
    }
    return new TrustTest(false, method, said);
  }

  /** The first lines the tool printed, stderr first, joined with {@code " / "}. */
  static String firstLines(CommandResult result) {
    List<String> lines = new ArrayList<>();
    for (String output : List.of(result.stderr(), result.stdout())) {
      for (String line : output.split("\r?\n")) {
        if (!line.isBlank() && lines.size() < LINES_SHOWN) {
          lines.add(line.strip());
        }
      }
    }
    return lines.isEmpty() ? "exit code " + result.exitCode() : String.join(" / ", lines);
  }
}
