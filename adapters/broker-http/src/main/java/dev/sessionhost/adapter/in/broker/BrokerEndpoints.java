package dev.sessionhost.adapter.in.broker;

import dev.sessionhost.application.port.in.broker.BrokerException;
import dev.sessionhost.application.port.in.broker.HeartbeatReceipt;
import dev.sessionhost.application.port.in.broker.HostCredential;
import dev.sessionhost.application.port.in.broker.IssueRegistrationTokenCommand;
import dev.sessionhost.application.port.in.broker.IssuedToken;
import dev.sessionhost.application.port.in.broker.ListSessionHostsCommand;
import dev.sessionhost.application.port.in.broker.RecordHeartbeatCommand;
import dev.sessionhost.application.port.in.broker.RegisterHostCommand;
import dev.sessionhost.application.port.in.broker.SessionHostPage;
import dev.sessionhost.application.port.in.broker.SessionHostView;
import dev.sessionhost.application.port.in.broker.UpdateSessionHostCommand;
import dev.sessionhost.domain.pool.Heartbeat;
import dev.sessionhost.domain.pool.SessionHostKey;
import dev.sessionhost.domain.status.SessionHostStatus;
import dev.sessionhost.wire.BrokerJson;
import dev.sessionhost.wire.HeartbeatJson;
import dev.sessionhost.wire.RegistrationJson;
import dev.sessionhost.wire.WireJson;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The broker's routes, from a parsed request to its answer; the server around it only moves bytes.
 *
 * <pre>
 * GET    /v1/health                                         the broker itself (database reachable)
 * GET    /metrics                                           Prometheus text
 * POST   /v1/register                                       a host joins with a registration token
 * POST   /v1/heartbeat                                      a host reports, with its credential
 * GET    /v1/hostPools                                      admin: the pools
 * GET    /                                                  the portal (its files hold no data)
 * GET    /v1/hostPools/{pool}/statusCounts                  admin: hosts per shown status
 * GET    /v1/hostPools/{pool}/sessionHosts                  admin: a page (pageSize, status, name,
 *                                                           $orderby, $skipToken)
 * GET    /v1/hostPools/{pool}/sessionHosts/{name}           admin: one host
 * GET    /v1/hostPools/{pool}/sessionHosts/{name}/status    admin: its shown status and why
 * PATCH  /v1/hostPools/{pool}/sessionHosts/{name}           admin: allowNewSession, friendlyName, assignedUser
 * DELETE /v1/hostPools/{pool}/sessionHosts/{name}           admin
 * GET    /v1/hostPools/{pool}/sessionHosts/{name}/history   admin: the changes of its shown status
 * POST   /v1/hostPools/{pool}/registrationTokens            admin: a token, shown once
 * </pre>
 */
final class BrokerEndpoints {

  private static final String BEARER = "Bearer ";
  private static final int HISTORY_LIMIT = 1000;
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([mhd])");

  private static final ObjectReader HEARTBEAT =
      WireJson.MAPPER
          .readerFor(HeartbeatJson.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final ObjectReader REGISTRATION =
      WireJson.MAPPER
          .readerFor(RegistrationJson.Request.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectReader TREE = WireJson.MAPPER.readerFor(JsonNode.class);

  private final BrokerUseCases cases;
  private final BrokerMetrics metrics;
  private final byte[] adminToken;
  private final Portal portal = Portal.load();

  BrokerEndpoints(BrokerUseCases cases, BrokerMetrics metrics, String adminToken) {
    this.cases = cases;
    this.metrics = metrics;
    this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The answer to one request.
   *
   * @param base the scheme, host and port the request came to, for {@code nextLink}
   * @param authorization the Authorization header, or null
   */
  Reply handle(
      String method,
      String path,
      Map<String, String> query,
      String authorization,
      byte[] body,
      String base) {
    long started = System.nanoTime();
    return answered(path, () -> route(method, path, query, authorization, body, base, started));
  }

  /** The action's answer, or the answer to the refusal it throws. */
  private Reply answered(String path, Action action) {
    try {
      return action.run();
    } catch (BadRequest e) {
      if (path.equals("/v1/heartbeat")) {
        metrics.refusedHeartbeat();
      }
      return e.reply();
    } catch (BrokerException e) {
      if (path.equals("/v1/heartbeat")) {
        metrics.refusedHeartbeat();
      }
      return Reply.error(statusOf(e.code()), e.code().name(), e.getMessage());
    }
  }

  private Reply route(
      String method,
      String path,
      Map<String, String> query,
      String authorization,
      byte[] body,
      String base,
      long started) {
    switch (path) {
      case "/v1/heartbeat":
        return only(
            "POST", method, () -> heartbeat(heartbeatCommand(authorization, body), started));
      case "/v1/register":
        return only("POST", method, () -> register(body));
      case "/v1/health":
        return only("GET", method, this::health);
      case "/metrics":
        return only("GET", method, this::metrics);
      case "/v1/hostPools":
        return only("GET", method, () -> admin(authorization, this::pools));
      default:
        break;
    }
    Optional<Reply> file = portal.file(path);
    if (file.isPresent()) {
      return only("GET", method, file::get);
    }
    List<String> parts = Arrays.asList(path.split("/", -1));
    // "", "v1", "hostPools", pool, ...
    if (parts.size() < 5 || !parts.get(1).equals("v1") || !parts.get(2).equals("hostPools")) {
      return notFound(path);
    }
    String pool = parts.get(3);
    String what = parts.get(4);
    if (parts.size() == 5 && what.equals("registrationTokens")) {
      return only("POST", method, () -> admin(authorization, () -> issueToken(pool, body)));
    }
    if (parts.size() == 5 && what.equals("statusCounts")) {
      return only("GET", method, () -> admin(authorization, () -> counts(pool)));
    }
    if (!what.equals("sessionHosts")) {
      return notFound(path);
    }
    if (parts.size() == 5) {
      return only("GET", method, () -> admin(authorization, () -> list(pool, query, base)));
    }
    SessionHostKey key = key(pool, parts.get(5));
    if (parts.size() == 7 && parts.get(6).equals("history")) {
      return only("GET", method, () -> admin(authorization, () -> history(key)));
    }
    if (parts.size() == 7 && parts.get(6).equals("status")) {
      return only("GET", method, () -> admin(authorization, () -> shownStatus(key)));
    }
    if (parts.size() != 6) {
      return notFound(path);
    }
    return switch (method) {
      case "GET" -> admin(authorization, () -> host(key));
      case "PATCH" -> admin(authorization, () -> patch(key, body));
      case "DELETE" -> admin(authorization, () -> delete(key));
      default -> methodNotAllowed(method, "GET, PATCH, DELETE");
    };
  }

  /**
   * The answer to {@code POST /v1/heartbeat}, without waiting for the store on this thread: a plain
   * heartbeat of a remembered host is answered once its commit is durable (see {@link
   * dev.sessionhost.application.port.in.broker.RecordHeartbeatUseCase#recordWithoutReading}), one
   * that needs a read of the store on a thread of {@code pool}, a refusal at once.
   *
   * @return completes with the answer; it may complete on the store's thread
   */
  CompletableFuture<Reply> heartbeatWithoutWaiting(
      String authorization, byte[] body, Executor pool) {
    long started = System.nanoTime();
    RecordHeartbeatCommand command;
    try {
      command = heartbeatCommand(authorization, body);
    } catch (BadRequest e) {
      metrics.refusedHeartbeat();
      return CompletableFuture.completedFuture(e.reply());
    }
    return cases
        .heartbeat()
        .recordWithoutReading(command)
        .thenCompose(
            receipt -> {
              if (receipt.isEmpty()) {
                return CompletableFuture.supplyAsync(
                    () -> answered("/v1/heartbeat", () -> heartbeat(command, started)), pool);
              }
              metrics.heartbeat(false, System.nanoTime() - started);
              return CompletableFuture.completedFuture(receiptReply(receipt.get()));
            });
  }

  private Reply heartbeat(RecordHeartbeatCommand command, long started) {
    HeartbeatReceipt receipt = cases.heartbeat().record(command);
    metrics.heartbeat(receipt.repeated(), System.nanoTime() - started);
    return receiptReply(receipt);
  }

  private static Reply receiptReply(HeartbeatReceipt receipt) {
    return Reply.ok(
        new BrokerJson.HeartbeatReceiptJson(
            receipt.host().pool() + "/" + receipt.host().name(),
            receipt.shown().status().wireName(),
            BrokerJson.basis(receipt.shown().basis()),
            receipt.repeated()));
  }

  /** The heartbeat of a request, checked. */
  private static RecordHeartbeatCommand heartbeatCommand(String authorization, byte[] body) {
    String credential =
        bearer(authorization)
            .orElseThrow(
                () ->
                    new BadRequest(
                        401,
                        "INVALID_CREDENTIAL",
                        "a heartbeat needs the host's credential as a bearer token"));
    HeartbeatJson json = read(HEARTBEAT, body, "heartbeat");
    // the domain's own messages do not name the wire field: name it here
    if (json.sequence() < 1) {
      throw BadRequest.invalid("heartbeat: sequence: starts at 1, found " + json.sequence());
    }
    if (json.sessions() < 0) {
      throw BadRequest.invalid("heartbeat: sessions: cannot be negative, found " + json.sessions());
    }
    if (json.health() != null && json.health().name() == null) {
      throw BadRequest.invalid("heartbeat: health.name: missing");
    }
    if (json.health() != null && json.health().status() == null) {
      throw BadRequest.invalid("heartbeat: health.status: missing");
    }
    Heartbeat heartbeat;
    try {
      heartbeat = json.toHeartbeat();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw BadRequest.invalid("heartbeat: " + e.getMessage());
    }
    return new RecordHeartbeatCommand(
        credential, heartbeat, Optional.of(new String(body, StandardCharsets.UTF_8)));
  }

  private Reply register(byte[] body) {
    RegistrationJson.Request request = read(REGISTRATION, body, "registration");
    if (request.registrationToken() == null || request.registrationToken().isBlank()) {
      throw BadRequest.invalid("registration: registrationToken is missing");
    }
    if (request.name() == null || request.name().isBlank()) {
      throw BadRequest.invalid("registration: name is missing");
    }
    HostCredential credential =
        cases
            .register()
            .register(new RegisterHostCommand(request.registrationToken(), request.name()));
    return Reply.ok(
        new RegistrationJson.Response(
            credential.host().pool(), credential.host().name(), credential.credential()));
  }

  private Reply health() {
    Optional<String> problem = cases.health().problem();
    return problem.isEmpty()
        ? Reply.ok(new BrokerJson.BrokerHealthJson("ok", null))
        : Reply.json(503, new BrokerJson.BrokerHealthJson("unavailable", problem.get()));
  }

  private Reply metrics() {
    try {
      return new Reply(200, BrokerMetrics.CONTENT_TYPE, metrics.scrape());
    } catch (IOException | RuntimeException e) {
      return Reply.error(
          503, "METRICS_UNAVAILABLE", "the metrics could not be read: " + e.getMessage());
    }
  }

  private Reply pools() {
    return Reply.ok(
        new BrokerJson.HostPoolList(
            cases.pools().pools().stream().map(BrokerJson::hostPool).toList()));
  }

  private Reply list(String pool, Map<String, String> query, String base) {
    for (String name : query.keySet()) {
      if (!List.of("pageSize", "status", "$skipToken", "name", "$orderby").contains(name)) {
        throw BadRequest.invalid(
            "unknown query parameter "
                + name
                + " (known: pageSize, status, name, $orderby, $skipToken)");
      }
    }
    int pageSize = pageSize(query.get("pageSize"));
    boolean descending = descending(query.get("$orderby"));
    Optional<SessionHostStatus> status =
        Optional.ofNullable(query.get("status"))
            .map(
                text ->
                    SessionHostStatus.fromWireName(text)
                        .orElseThrow(
                            () ->
                                BadRequest.invalid(
                                    "status: no such status \""
                                        + text
                                        + "\" (known: "
                                        + Arrays.stream(SessionHostStatus.values())
                                            .map(SessionHostStatus::wireName)
                                            .collect(Collectors.joining(", "))
                                        + ")")));
    Optional<String> name = Optional.ofNullable(query.get("name")).filter(n -> !n.isBlank());
    Optional<String> after = Optional.ofNullable(query.get("$skipToken"));
    SessionHostPage page =
        cases
            .list()
            .list(new ListSessionHostsCommand(pool, status, name, after, pageSize, descending));
    String next =
        page.continueAfter()
            .map(
                last ->
                    base
                        + "/v1/hostPools/"
                        + encode(pool)
                        + "/sessionHosts?pageSize="
                        + pageSize
                        + status.map(s -> "&status=" + s.wireName()).orElse("")
                        + name.map(n -> "&name=" + encode(n)).orElse("")
                        + (descending ? "&$orderby=" + encode("name desc") : "")
                        + "&$skipToken="
                        + encode(last))
            .orElse(null);
    return Reply.ok(
        new BrokerJson.SessionHostList(
            page.hosts().stream().map(BrokerEndpoints::resource).toList(), next));
  }

  /** {@code name} or {@code name asc} (the default), or {@code name desc}. */
  private static boolean descending(String text) {
    if (text == null) {
      return false;
    }
    String order = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return switch (order) {
      case "name", "name asc" -> false;
      case "name desc" -> true;
      default ->
          throw BadRequest.invalid(
              "$orderby: hosts are ordered by name: use \"name\", \"name asc\" or \"name desc\","
                  + " found \""
                  + text
                  + "\"");
    };
  }

  private Reply counts(String pool) {
    if (cases.pools().pools().stream().noneMatch(p -> p.name().equals(pool))) {
      throw new BrokerException(BrokerException.Code.POOL_NOT_FOUND, "no host pool named " + pool);
    }
    Map<SessionHostStatus, Long> byStatus =
        cases.counts().countByPoolAndStatus().getOrDefault(pool, Map.of());
    Map<String, Long> value = new LinkedHashMap<>();
    long total = 0;
    for (SessionHostStatus status : SessionHostStatus.values()) {
      long hosts = byStatus.getOrDefault(status, 0L);
      value.put(status.wireName(), hosts);
      total += hosts;
    }
    return Reply.ok(new BrokerJson.StatusCounts(pool, total, value));
  }

  private Reply shownStatus(SessionHostKey key) {
    SessionHostView view = cases.get().get(key);
    return Reply.ok(BrokerJson.shownStatus(view.host(), view.shown(), view.powerState()));
  }

  private static int pageSize(String text) {
    if (text == null) {
      return ListSessionHostsCommand.DEFAULT_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(text.trim());
      if (size >= 1 && size <= ListSessionHostsCommand.MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw BadRequest.invalid(
        "pageSize: expected a whole number from 1 to "
            + ListSessionHostsCommand.MAX_PAGE_SIZE
            + ", found \""
            + text
            + "\"");
  }

  private Reply host(SessionHostKey key) {
    return Reply.ok(resource(cases.get().get(key)));
  }

  private Reply patch(SessionHostKey key, byte[] body) {
    JsonNode root = read(TREE, body, "session host patch");
    if (root == null
        || !root.isObject()
        || !root.has("properties")
        || !root.get("properties").isObject()) {
      throw BadRequest.invalid(
          "session host patch: expected {\"properties\": {\"allowNewSession\": ..., \"friendlyName\":"
              + " ..., \"assignedUser\": ...}}");
    }
    JsonNode properties = root.get("properties");
    for (String name : properties.propertyNames()) {
      if (!List.of("allowNewSession", "friendlyName", "assignedUser").contains(name)) {
        throw BadRequest.invalid(
            "properties."
                + name
                + ": not a property that can be changed (allowNewSession,"
                + " friendlyName, assignedUser)");
      }
    }
    Optional<Boolean> allow = Optional.empty();
    if (properties.has("allowNewSession")) {
      JsonNode value = properties.get("allowNewSession");
      if (!value.isBoolean()) {
        throw BadRequest.invalid(
            "properties.allowNewSession: expected true or false, found " + value);
      }
      allow = Optional.of(value.asBoolean());
    }
    UpdateSessionHostCommand command;
    try {
      command =
          new UpdateSessionHostCommand(
              key, allow, text(properties, "friendlyName"), text(properties, "assignedUser"));
    } catch (IllegalArgumentException e) {
      throw BadRequest.invalid("properties." + e.getMessage());
    }
    return Reply.ok(resource(cases.update().update(command)));
  }

  private static Optional<String> text(JsonNode properties, String name) {
    if (!properties.has(name)) {
      return Optional.empty();
    }
    JsonNode value = properties.get(name);
    if (value.isNull()) {
      return Optional.of("");
    }
    if (!value.isString()) {
      throw BadRequest.invalid("properties." + name + ": expected a string, found " + value);
    }
    return Optional.of(value.asString());
  }

  private Reply delete(SessionHostKey key) {
    cases.delete().delete(key);
    return Reply.noContent();
  }

  private Reply history(SessionHostKey key) {
    return Reply.ok(
        new BrokerJson.History(
            key.pool() + "/" + key.name(),
            cases.history().history(key, HISTORY_LIMIT).stream().map(BrokerJson::change).toList()));
  }

  private Reply issueToken(String pool, byte[] body) {
    Duration validFor = Duration.ofHours(24);
    if (body.length > 0) {
      JsonNode root = read(TREE, body, "registration token request");
      if (root != null && root.has("expiresIn")) {
        validFor = duration(root.get("expiresIn").asString());
      } else if (root != null && root.has("expirationTime")) {
        try {
          validFor =
              Duration.between(Instant.now(), Instant.parse(root.get("expirationTime").asString()));
        } catch (DateTimeParseException e) {
          throw BadRequest.invalid(
              "expirationTime: expected an ISO-8601 time such as 2026-12-31T00:00:00Z");
        }
      }
    }
    IssuedToken issued = cases.tokens().issue(new IssueRegistrationTokenCommand(pool, validFor));
    return Reply.json(
        201,
        new BrokerJson.IssuedTokenJson(
            issued.pool(), issued.token(), issued.expiresAt().toString()));
  }

  /** {@code 24h}, {@code 7d}, {@code 90m}, or ISO-8601 such as {@code PT24H}. */
  static Duration duration(String text) {
    String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(trimmed);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw BadRequest.invalid(
          "expiresIn: \"" + text + "\" is not a duration (use e.g. 1h, 24h, 7d, 27d)");
    }
  }

  private static BrokerJson.SessionHost resource(SessionHostView view) {
    return BrokerJson.sessionHost(view.host(), view.shown(), view.powerState());
  }

  private static SessionHostKey key(String pool, String name) {
    try {
      return new SessionHostKey(pool, name);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(404, "HOST_NOT_FOUND", e.getMessage());
    }
  }

  /** Runs {@code action} for an admin request; a host's credential gets 403, anything else 401. */
  private Reply admin(String authorization, Action action) {
    Optional<String> offered = bearer(authorization);
    if (offered.isEmpty()) {
      throw new BadRequest(
          401, "UNAUTHORIZED", "this request needs the broker's admin token as a bearer");
    }
    byte[] bytes = offered.get().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(bytes, adminToken)) {
      if (cases.authenticate().hostOf(offered.get()).isPresent()) {
        throw new BadRequest(
            403, "FORBIDDEN", "a host's credential may send its own heartbeats, nothing else");
      }
      throw new BadRequest(401, "UNAUTHORIZED", "the bearer token is not the broker's admin token");
    }
    return action.run();
  }

  private static Optional<String> bearer(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = authorization.substring(BEARER.length()).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  private static <T> T read(ObjectReader reader, byte[] body, String what) {
    if (body.length == 0) {
      throw BadRequest.invalid(what + ": the request has no body; expected JSON");
    }
    try {
      return reader.readValue(body);
    } catch (UnrecognizedPropertyException e) {
      throw BadRequest.invalid(
          what + ": unknown field \"" + e.getPropertyName() + "\"" + at(e.getLocation()));
    } catch (MismatchedInputException e) {
      String field = path(e);
      throw BadRequest.invalid(
          what
              + ": "
              + (field.isEmpty() ? "" : field + ": ")
              + "missing, null or of the wrong type"
              + at(e.getLocation()));
    } catch (JacksonException e) {
      String field = path(e).isEmpty() ? "" : " (at " + path(e) + ")";
      throw BadRequest.invalid(what + ": " + e.getOriginalMessage() + field + at(e.getLocation()));
    }
  }

  private static String path(JacksonException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String at(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : ", line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static Reply only(String allowed, String method, Action action) {
    return allowed.equals(method) ? action.run() : methodNotAllowed(method, allowed);
  }

  private static Reply methodNotAllowed(String method, String allowed) {
    return Reply.error(
        405, "METHOD_NOT_ALLOWED", method + " is not allowed here (allowed: " + allowed + ")");
  }

  private static Reply notFound(String path) {
    return Reply.error(404, "NOT_FOUND", "no such resource: " + path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The HTTP status of each error the service names. */
  static int statusOf(BrokerException.Code code) {
    return switch (code) {
      case INVALID_REGISTRATION_TOKEN, EXPIRED_MACHINE_TOKEN, INVALID_CREDENTIAL -> 401;
      case FORBIDDEN -> 403;
      case POOL_NOT_FOUND, HOST_NOT_FOUND -> 404;
      case NAME_ALREADY_REGISTERED -> 409;
      case INVALID_REQUEST -> 400;
    };
  }

  @FunctionalInterface
  private interface Action {
    Reply run();
  }
}
