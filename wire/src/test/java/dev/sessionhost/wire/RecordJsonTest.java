package dev.sessionhost.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.HostHealth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-shot writer prints byte for byte what the mapper prints. */
class RecordJsonTest {

  @Test
  void writesASnapshotAsTheMapperDoes() {
    HostHealth health = HostHealthJsonTest.sample();
    HostHealthJson json =
        HostHealthJson.from(
            new HealthReport(
                health, Map.of(CheckId.of("DomainTrustCheck"), FailureEffect.UNAVAILABLE)));

    assertThat(RecordJson.write(json)).isEqualTo(WireJson.write(json));
  }

  @Test
  void writesTheAzureShapeAsTheMapperDoes() {
    AzureSessionHostJson.SessionHost json =
        AzureSessionHostJson.from(HostHealthJsonTest.sample(), "1.2.3");

    assertThat(RecordJson.write(json)).isEqualTo(WireJson.write(json));
  }

  @Test
  void nullsEscapesNumbersAndOrderAreTheMappersToo() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("z first", "tab\there, quote \" and \u00e9 \u2028 \u0001");
    details.put("a second", null);
    HostHealthJson.Result result =
        new HostHealthJson.Result(
            "X",
            "HealthCheckFailed",
            null,
            true,
            new HostHealthJson.FailureDetails("</script>", -7, null),
            Long.MAX_VALUE,
            details,
            List.of(
                new HostHealthJson.Measurement("m", 1e-7, "", "", "", null, 1e21),
                new HostHealthJson.Measurement("n", -0.0, "s", "1:", "~:2", 3.0, 0.1 + 0.2)));
    HostHealthJson.Reason reason = new HostHealthJson.Reason(null, "c", null, null, "m", null);
    Record[] samples = {result, reason, new HostHealthJson.Problem(null, "")};

    for (Record sample : samples) {
      assertThat(RecordJson.write(sample)).isEqualTo(WireJson.write(sample));
    }
  }

  @Test
  void aTypeNoWireRecordHoldsIsRefused() {
    record Odd(Object value) {}

    assertThatThrownBy(() -> RecordJson.write(new Odd(new StringBuilder("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.StringBuilder");
  }
}
