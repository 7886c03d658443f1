package dev.sessionhost.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.HostPool;
import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.PowerState;
import dev.sessionhost.domain.pool.RegisteredHost;
import dev.sessionhost.domain.pool.ShownStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broker's answers: session hosts in the Azure {@code SessionHost} shape as the service shows
 * them, host pools, a host's status history, and the receipt of a heartbeat. Shared by the broker's
 * HTTP API and its web page.
 */
public final class BrokerJson {

  /** The resource type of a session host, as Azure names it. */
  public static final String SESSION_HOST_TYPE =
      "Microsoft.DesktopVirtualization/hostpools/sessionhosts";

  /** The resource type of a host pool. */
  public static final String HOST_POOL_TYPE = "Microsoft.DesktopVirtualization/hostpools";

  private BrokerJson() {}

  /** A session host: {@code name} is {@code <pool>/<host>}, as the service names it. */
  public record SessionHost(String id, String name, String type, Properties properties) {}

  /** The properties the broker knows, in the order the API defines them. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Properties(
      String lastHeartBeat,
      Integer sessions,
      String agentVersion,
      boolean allowNewSession,
      String assignedUser,
      String friendlyName,
      String status,
      String statusTimestamp,
      String powerState,
      String osVersion,
      String updateState,
      String lastUpdateTime,
      String updateErrorMessage,
      List<AzureSessionHostJson.Report> sessionHostHealthCheckResults) {}

  /** A page of hosts and the link to the next, absent on the last. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SessionHostList(List<SessionHost> value, String nextLink) {}

  /**
   * A host as the broker shows it: its registration and settings, its last report, {@code shown},
   * and its machine's {@code powerState} beside the status ({@code Running}, {@code Stopped},
   * {@code Deallocated}, {@code Starting}, {@code Stopping}, {@code Unknown}: not in Azure's
   * session-host schema, which keeps it in the VM's instance view).
   */
  public static SessionHost sessionHost(
      RegisteredHost host, ShownStatus shown, PowerState powerState) {
    String pool = host.key().pool();
    String name = host.key().name();
    Optional<Heartbeat> report = host.lastReport();
    Optional<AzureSessionHostJson.Properties> reported =
        report.map(r -> AzureSessionHostJson.from(r.health(), r.agentVersion()).properties());
    return new SessionHost(
        "/hostPools/" + pool + "/sessionHosts/" + name,
        pool + "/" + name,
        SESSION_HOST_TYPE,
        new Properties(
            host.lastHeartbeatAt().map(Object::toString).orElse(null),
            report.map(Heartbeat::sessions).orElse(0),
            report.map(Heartbeat::agentVersion).orElse(null),
            host.allowNewSession(),
            host.assignedUser().isEmpty() ? null : host.assignedUser(),
            host.friendlyName().isEmpty() ? null : host.friendlyName(),
            shown.status().wireName(),
            shown.since().toString(),
            powerState.wireName(),
            report.map(Heartbeat::osVersion).filter(v -> !v.isEmpty()).orElse(null),
            reported.map(AzureSessionHostJson.Properties::updateState).orElse(null),
            reported.map(AzureSessionHostJson.Properties::lastUpdateTime).orElse(null),
            reported.map(AzureSessionHostJson.Properties::updateErrorMessage).orElse(null),
            reported
                .map(AzureSessionHostJson.Properties::sessionHostHealthCheckResults)
                .orElse(List.of())));
  }

  /** A host pool: its name, friendly name and session limit. */
  public record HostPoolResource(String id, String name, String type, PoolProperties properties) {}

  public record PoolProperties(String friendlyName, int maxSessionLimit) {}

  public record HostPoolList(List<HostPoolResource> value) {}

  public static HostPoolResource hostPool(HostPool pool) {
    return new HostPoolResource(
        "/hostPools/" + pool.name(),
        pool.name(),
        HOST_POOL_TYPE,
        new PoolProperties(pool.friendlyName(), pool.maxSessionLimit()));
  }

  /**
   * One change of what the broker shows: to {@code status} from {@code previousStatus}, at {@code
   * time}, on what {@code basis} ({@code Reported}, {@code NoHeartbeat}, {@code NeverReported}),
   * brought to light by heartbeat {@code sequence}, with the reasons and what to do.
   */
  public record StatusChange(
      String time,
      String status,
      String previousStatus,
      String basis,
      long sequence,
      List<HostHealthJson.Reason> reasons) {}

  public record History(String name, List<StatusChange> value) {}

  public static StatusChange change(HostStatusChange change) {
    return new StatusChange(
        change.at().toString(),
        change.to().wireName(),
        change.from().wireName(),
        basis(change.basis()),
        change.sequence(),
        change.reasons().stream().map(HostHealthJson::reason).toList());
  }

  /** The wire name of a basis. */
  public static String basis(ShownStatus.Basis basis) {
    return switch (basis) {
      case REPORTED -> "Reported";
      case NO_HEARTBEAT -> "NoHeartbeat";
      case NEVER_REPORTED -> "NeverReported";
    };
  }

  /**
   * The broker's answer to a heartbeat: the status it now shows and whether it already had this
   * heartbeat (then nothing changed).
   */
  public record HeartbeatReceiptJson(String name, String status, String basis, boolean repeated) {}

  /** What a new registration token looks like, once. */
  public record IssuedTokenJson(String hostPool, String token, String expirationTime) {}

  /**
   * How many hosts of a pool the broker shows in each status, every status named (0 where none),
   * and their {@code total}.
   */
  public record StatusCounts(String hostPool, long total, Map<String, Long> value) {}

  /**
   * The status the broker shows for a host and why: {@code basis} as in {@link StatusChange}, and
   * the reasons with what to do, deciding reason first (the last report's, or the broker's own
   * {@code NoHeartbeat} or {@code NeverReported}).
   */
  public record ShownStatusJson(
      String name,
      String status,
      String since,
      String basis,
      String powerState,
      List<HostHealthJson.Reason> reasons) {}

  public static ShownStatusJson shownStatus(
      RegisteredHost host, ShownStatus shown, PowerState powerState) {
    return new ShownStatusJson(
        host.key().pool() + "/" + host.key().name(),
        shown.status().wireName(),
        shown.since().toString(),
        basis(shown.basis()),
        powerState.wireName(),
        shown.reasons().stream().map(HostHealthJson::reason).toList());
  }

  /** The broker's own health. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BrokerHealthJson(String status, String problem) {}
}
