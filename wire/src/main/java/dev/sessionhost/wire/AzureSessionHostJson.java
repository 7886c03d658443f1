package dev.sessionhost.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.update.UpdateStatus;
import java.time.Instant;
import java.util.List;

/**
 * A health snapshot in the shape of the Azure API's {@code SessionHost} resource, as a GET of it
 * returns (read-only properties included), with only properties that API defines.
 *
 * <p>Choices where our model and the API differ:
 *
 * <ul>
 *   <li>{@code name} is the host name; the API's is {@code <host pool>/<host>}, but a host alone
 *       knows no pool. The resource's {@code id} and {@code type} are left out for the same reason.
 *   <li>{@code healthCheckName} is the check id. A plugin's own check is not in the API's list of
 *       names; that list is an open enum ("modelAsString"), which clients must accept values
 *       outside of, so such a check is reported under its own id rather than dropped.
 *   <li>{@code allowNewSession} is left out: it is the administrator's drain-mode switch, kept by
 *       the service, which the agent neither knows nor decides (a status that takes no connections
 *       does not turn it off).
 *   <li>{@code lastHeartBeat} is when the host was assessed; {@code agentVersion} is this
 *       product's.
 *   <li>A time that never happened ({@code lastUpdateTime} before any upgrade) and an empty {@code
 *       updateErrorMessage} are left out, as the API does not allow {@code null} for them.
 * </ul>
 */
public final class AzureSessionHostJson {

  private AzureSessionHostJson() {}

  /** The resource: its name and its properties. */
  public record SessionHost(String name, Properties properties) {}

  /** The resource's properties, in the order the API defines them. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Properties(
      String lastHeartBeat,
      String agentVersion,
      String status,
      String statusTimestamp,
      String updateState,
      String lastUpdateTime,
      String updateErrorMessage,
      List<Report> sessionHostHealthCheckResults) {}

  /** One check's report. */
  public record Report(
      String healthCheckName, String healthCheckResult, FailureDetails additionalFailureDetails) {}

  /** The check's message, its error code (0 on success) and when it ran. */
  public record FailureDetails(String message, int errorCode, String lastHealthCheckDateTime) {}

  public static SessionHost from(HostHealth health, String agentVersion) {
    UpdateStatus update = health.update();
    return new SessionHost(
        health.hostName(),
        new Properties(
            health.assessedAt().toString(),
            agentVersion,
            health.status().wireName(),
            health.statusTimestamp().toString(),
            update.state().wireName(),
            update.lastUpdateTime().map(Instant::toString).orElse(null),
            update.errorMessage().isBlank() ? null : update.errorMessage(),
            health.results().stream().map(AzureSessionHostJson::report).toList()));
  }

  private static Report report(CheckResult result) {
    return new Report(
        result.id().value(),
        result.outcome().wireName(),
        new FailureDetails(result.message(), result.errorCode(), result.startedAt().toString()));
  }
}
