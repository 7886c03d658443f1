package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.StatusReason;
import dev.sessionhost.wire.HostHealthJson;
import dev.sessionhost.wire.WireJson;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/** The reasons of a stored status change, as the wire writes reasons, on one line. */
final class ReasonsJson {

  private static final ObjectWriter WRITER =
      WireJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectReader READER =
      WireJson.MAPPER.readerFor(new TypeReference<List<HostHealthJson.Reason>>() {});

  private ReasonsJson() {}

  static String write(List<StatusReason> reasons) {
    return WRITER.writeValueAsString(reasons.stream().map(HostHealthJson::reason).toList());
  }

  static List<StatusReason> read(String json) {
    List<HostHealthJson.Reason> reasons = READER.readValue(json);
    return reasons.stream().map(ReasonsJson::reason).toList();
  }

  private static StatusReason reason(HostHealthJson.Reason r) {
    if (r.check() != null) {
      return new FailingCheck(
          CheckId.of(r.check()),
          FailureEffect.ofName(r.effect()),
          Arrays.stream(CheckOutcome.values())
              .filter(o -> o.wireName().equals(r.healthCheckResult()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("stored result " + r.healthCheckResult())),
          r.message(),
          r.remediation());
    }
    return new AgentCondition(
        AgentCondition.Kind.valueOf(r.condition()), r.message(), r.remediation());
  }
}
