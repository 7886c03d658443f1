package dev.sessionhost.adapter.out.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sessionhost.domain.check.CheckId;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.FailureEffect;
import dev.sessionhost.domain.health.AgentCondition;
import dev.sessionhost.domain.health.FailingCheck;
import dev.sessionhost.domain.health.StatusReason;
import java.util.Arrays;

/** One status reason as it is stored: either a failing check or an agent condition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReasonLine(
    String check,
    String effect,
    String result,
    String condition,
    String message,
    String remediation) {

  static ReasonLine of(StatusReason reason) {
    if (reason instanceof FailingCheck failing) {
      return new ReasonLine(
          failing.check().value(),
          failing.effect().name(),
          failing.outcome().wireName(),
          null,
          failing.message(),
          failing.remediation());
    }
    AgentCondition condition = (AgentCondition) reason;
    return new ReasonLine(
        null, null, null, condition.kind().name(), condition.message(), condition.remediation());
  }

  /**
   * The domain reason this line stands for.
   *
   * @throws IllegalArgumentException when a name is unknown or a field is missing
   */
  StatusReason toReason() {
    if (condition != null) {
      return new AgentCondition(
          AgentCondition.Kind.valueOf(condition), required(message), required(remediation));
    }
    return new FailingCheck(
        CheckId.of(required(check)),
        FailureEffect.valueOf(required(effect)),
        outcome(required(result)),
        required(message),
        required(remediation));
  }

  private static CheckOutcome outcome(String wireName) {
    return Arrays.stream(CheckOutcome.values())
        .filter(o -> o.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown check result " + wireName));
  }

  private static String required(String value) {
    if (value == null) {
      throw new IllegalArgumentException("a reason field is missing");
    }
    return value;
  }
}
