package dev.sessionhost.adapter.out.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.plugin.api.ProbeException;
import dev.sessionhost.plugin.api.TrustTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustAnswersTest {

  private static final String KINIT = "kinit -k -t /etc/krb5.keytab HOST01$@CORP.EXAMPLE.COM";

  @ParameterizedTest
  @CsvSource({
    "kinit-preauth-failed.txt, Preauthentication failed",
    "kinit-client-not-found.txt, not found in Kerberos database",
    "kinit-password-expired.txt, Password has expired"
  })
  void aKinitRefusalIsAnUntrustedAnswerInTheToolsWords(String recording, String words) {
    TrustTest test = TrustAnswers.judge(KINIT, failed(Recorded.text(recording)), "ok");

    assertThat(test.trusted()).isFalse();
    assertThat(test.method()).isEqualTo(KINIT);
    assertThat(test.answer()).contains(words).startsWith("kinit: ");
  }

  @Test
  void anUnreachableKdcIsNotAnAnswerAboutTrust() {
    assertThatThrownBy(
            () -> TrustAnswers.judge(KINIT, failed(Recorded.text("kinit-no-kdc.txt")), "ok"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("could not reach a domain controller")
        .hasMessageContaining("Cannot contact any KDC for realm 'CORP.EXAMPLE.COM'");
  }

  @Test
  void adcliSuccessKeepsItsOwnWords() {
    CommandResult result =
        new CommandResult(
            List.of("adcli", "testjoin"),
            0,
            Recorded.text("adcli-testjoin-success.txt"),
            "",
            Duration.ZERO);

    TrustTest test = TrustAnswers.judge("adcli testjoin", result, "fallback");

    assertThat(test.trusted()).isTrue();
    assertThat(test.answer()).isEqualTo("Successfully validated join to domain corp.example.com");
  }

  @Test
  void adcliRefusalIsUntrusted() {
    TrustTest test =
        TrustAnswers.judge(
            "adcli testjoin", failed(Recorded.text("adcli-testjoin-refused.txt")), "ok");

    assertThat(test.trusted()).isFalse();
    assertThat(test.answer()).startsWith("adcli: testjoin: Couldn't authenticate with keytab");
  }

  @Test
  void adcliWithoutADomainControllerCannotTell() {
    assertThatThrownBy(
            () ->
                TrustAnswers.judge(
                    "adcli testjoin", failed(Recorded.text("adcli-testjoin-no-dc.txt")), "ok"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("Couldn't find usable domain controller");
  }

  @Test
  void aSilentSuccessIsDescribedByTheCaller() {
    CommandResult result = new CommandResult(List.of("kinit"), 0, "", "", Duration.ZERO);

    assertThat(TrustAnswers.judge(KINIT, result, "ticket issued").answer())
        .isEqualTo("ticket issued");
  }

  @Test
  void aSilentFailureNamesItsExitCode() {
    CommandResult result = new CommandResult(List.of("kinit"), 3, "", "", Duration.ZERO);

    assertThat(TrustAnswers.judge(KINIT, result, "ok").answer()).isEqualTo("exit code 3");
  }

  @ParameterizedTest
  @CsvSource({
    "samba/adcli-testjoin-preauth-failed.txt, Couldn't authenticate as machine account: HOST1:"
        + " Preauthentication failed",
    "samba/adcli-testjoin-client-not-found.txt, not found in Kerberos database"
  })
  void aSambaDomainControllersRefusalThroughAdcliIsUntrusted(String recording, String words) {
    TrustTest test = TrustAnswers.judge("adcli testjoin", failed(Recorded.text(recording)), "ok");

    assertThat(test.trusted()).isFalse();
    assertThat(test.answer()).contains(words);
  }

  @Test
  void aSambaDomainControllerThatRefusesTheConnectionIsUnreachableNotUntrusted() {
    String recorded = Recorded.text("samba/adcli-testjoin-connection-refused.txt");

    assertThatThrownBy(() -> TrustAnswers.judge("adcli testjoin", failed(recorded), "ok"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("127.0.0.3: Connection refused");
  }

  @Test
  void adcliSuccessAgainstSambaKeepsItsOwnWordsSpellingIncluded() {
    CommandResult result =
        new CommandResult(
            List.of("adcli", "testjoin"),
            0,
            Recorded.text("samba/adcli-testjoin-success.txt"),
            "",
            Duration.ZERO);

    TrustTest test = TrustAnswers.judge("adcli testjoin", result, "fallback");

    assertThat(test.trusted()).isTrue();
    assertThat(test.answer())
        .isEqualTo("Sucessfully validated join to domain LAB.SESSIONHOST.TEST");
  }

  private static CommandResult failed(String stderr) {
    return new CommandResult(List.of("tool"), 1, "", stderr, Duration.ofMillis(40));
  }
}
