package dev.sessionhost.adapter.in.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Sends each request to its route, answering 404, 405, 413 and 401 itself, and turns any failure of
 * an endpoint into a 500 so that no request is left without an answer.
 */
final class Router implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(Router.class.getName());

  private final List<Route> routes;
  private final AdminToken token;
  private final Executor slowWork;
  private final String serverHeader;

  Router(List<Route> routes, AdminToken token, Executor slowWork, String serverHeader) {
    this.routes = List.copyOf(routes);
    this.token = token;
    this.slowWork = slowWork;
    this.serverHeader = serverHeader;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      dispatch(exchange);
    } catch (RuntimeException | IOException | LinkageError | AssertionError e) {
      fail(exchange, e);
    }
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    String wanted = method.equals("HEAD") ? "GET" : method;
    TreeSet<String> allowed = null;
    for (Route route : routes) {
      String parameter = path == null ? null : route.match(path);
      if (parameter == null) {
        continue;
      }
      if (route.method().equals(wanted)) {
        accept(exchange, route, parameter);
        return;
      }
      if (allowed == null) {
        allowed = new TreeSet<>();
      }
      allowed.addAll(route.allowedMethods());
    }
    if (allowed == null) {
      send(exchange, Response.notFound("no such resource: " + path));
    } else {
      send(
          exchange,
          Response.error(405, "MethodNotAllowed", method + " is not allowed on " + path)
              .withHeader("Allow", String.join(", ", allowed)));
    }
  }

  private void accept(HttpExchange exchange, Route route, String parameter) throws IOException {
    Headers headers = exchange.getRequestHeaders();
    boolean hasBody = declaredLength(headers) > 0 || headers.containsKey("Transfer-Encoding");
    // the token first: a caller without one learns nothing of the limits and sends no byte of body
    if (route.admin()) {
      Optional<Response> refusal = token.refusal(headers);
      if (refusal.isPresent()) {
        // an unread upload would otherwise be drained before the connection could be reused
        send(exchange, hasBody ? refusal.get().withHeader("Connection", "close") : refusal.get());
        return;
      }
    }
    if (hasBody && route.bodyLimit() == 0) {
      send(
          exchange,
          Response.error(413, "PayloadTooLarge", "this resource takes no request body")
              .withHeader("Connection", "close"));
      return;
    }
    if (declaredLength(headers) > route.bodyLimit()) {
      send(exchange, Response.tooLarge(route.bodyLimit()));
      return;
    }
    Request request = new Request(exchange, parameter, route.bodyLimit());
    if (!route.slow()) {
      send(exchange, route.endpoint().handle(request));
      return;
    }
    try {
      slowWork.execute(() -> handleSlowly(route, request));
    } catch (RejectedExecutionException e) {
      send(exchange, Response.error(503, "ServiceUnavailable", "the agent is stopping"));
    }
  }

  private void handleSlowly(Route route, Request request) {
    try {
      send(request.exchange(), route.endpoint().handle(request));
    } catch (RuntimeException | IOException | LinkageError | AssertionError e) {
      fail(request.exchange(), e);
    }
  }

  private static long declaredLength(Headers headers) {
    String value = headers.getFirst("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      // the server itself refuses such a request before it reaches us; be safe anyway
      return Long.MAX_VALUE;
    }
  }

  private void send(HttpExchange exchange, Response response) throws IOException {
    response.writeTo(exchange, serverHeader);
  }

  private void fail(HttpExchange exchange, Throwable e) {
    if (e instanceof IOException && exchange.getResponseCode() != -1) {
      // the answer was on its way when the client hung up: its choice, not our failure
      LOG.log(
          Level.DEBUG,
          "client left before the answer to "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getPath()
              + ": "
              + e.getMessage());
      return;
    }
    LOG.log(
        Level.ERROR,
        "the HTTP API failed on "
            + exchange.getRequestMethod()
            + " "
            + exchange.getRequestURI().getPath(),
        e);
    try {
      if (exchange.getResponseCode() == -1) {
        send(
            exchange,
            Response.error(
                    500,
                    "InternalServerError",
                    "the agent failed to answer: " + e.getClass().getSimpleName())
                .withHeader("Connection", "close"));
      }
    } catch (IOException | RuntimeException again) {
      e.addSuppressed(again);
    } finally {
      exchange.close();
    }
  }
}
