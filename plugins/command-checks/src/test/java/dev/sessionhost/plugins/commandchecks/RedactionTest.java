package dev.sessionhost.plugins.commandchecks;

import static dev.sessionhost.plugins.commandchecks.Checks.check;
import static dev.sessionhost.plugins.commandchecks.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sessionhost.plugin.api.CheckVerdict;
import dev.sessionhost.plugin.api.Measurement;
import dev.sessionhost.plugin.api.SettingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RedactionTest {

  private static final String SECRET = "s3cret-Pa55";

  private final CommandCheck check =
      check(
          entry(
              "PgCheck",
              List.of("check_pgsql"),
              "environment",
              Map.of("PGPASSWORD", Map.of("value", SECRET, "secret", true), "PGUSER", "monitor")));

  @Test
  void aSecretEchoedByThePluginIsHiddenEverywhere() {
    String output =
        "OK - logged in with "
            + SECRET
            + " | '"
            + SECRET
            + " time'=0.2s;1;2 conn=1\nlong text "
            + SECRET
            + "\n";

    CheckVerdict verdict =
        Checks.run(check, FakeCommandProbe.exiting(0, output, "debug: password=" + SECRET + "\n"));

    assertThat(verdict.message()).isEqualTo("OK - logged in with *****");
    assertThat(verdict.details())
        .containsEntry("stderr", "debug: password=*****")
        .containsEntry("output", "long text *****");
    assertThat(verdict.measurements())
        .extracting(Measurement::label)
        .containsExactly("***** time", "conn");
    assertThat(verdict.toString() + verdict.measurements()).doesNotContain(SECRET);
  }

  @Test
  void aSecretInAStartFailureOrTheCommandIsHidden() {
    CommandCheck echoing =
        check(
            entry(
                "EchoCheck",
                List.of("/opt/" + SECRET + "/check"),
                "environment",
                Map.of("TOKEN", Map.of("value", SECRET, "secret", "true"))));

    CheckVerdict verdict =
        Checks.run(
            echoing,
            FakeCommandProbe.ending(
                OptionalInt.empty(),
                false,
                Optional.of("no such program: /opt/" + SECRET + "/check"),
                ""));

    assertThat(verdict.toString()).doesNotContain(SECRET).contains("/opt/*****/check");
    assertThat(echoing.descriptor().toString()).doesNotContain(SECRET);
  }

  @Test
  void aNonSecretValueIsShownAsIs() {
    CheckVerdict verdict = Checks.run(check, FakeCommandProbe.exiting(0, "OK as monitor\n"));

    assertThat(verdict.message()).isEqualTo("OK as monitor");
  }

  @Test
  void aSettingErrorNeverShowsASecretValue() {
    SettingException error =
        catchThrowableOfType(
            SettingException.class,
            () ->
                check(
                    entry(
                        "PgCheck",
                        List.of("check_pgsql"),
                        "environment",
                        Map.of("PGPASSWORD", Map.of("vaule", SECRET, "secret", true)))));

    assertThat(error.getMessage())
        .doesNotContain(SECRET)
        .isEqualTo(
            "setting 'environment.PGPASSWORD.vaule' of commandChecks[0]: expected only the keys"
                + " value and secret, found \"*****\"");
  }
}
