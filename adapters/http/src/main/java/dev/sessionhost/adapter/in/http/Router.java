package dev.sessionhost.adapter.in.http;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to its route, answering 404, 405, 413 and 401 itself, and turns any failure of
 * an endpoint into a 500 so that no request is left without an answer.
 */
final class Router extends Handler.Abstract {

  private static final System.Logger LOG = System.getLogger(Router.class.getName());

  private final List<Route> routes;
  private final AdminToken token;
  private final Executor slowWork;
  private final String serverHeader;
  private final HeaderTimeout headerTimeout;

  Router(
      List<Route> routes,
      AdminToken token,
      Executor slowWork,
      String serverHeader,
      HeaderTimeout headerTimeout) {
    this.routes = List.copyOf(routes);
    this.headerTimeout = headerTimeout;
    this.token = token;
    this.slowWork = slowWork;
    this.serverHeader = serverHeader;
  }

  @Override
  public boolean handle(
      org.eclipse.jetty.server.Request request,
      org.eclipse.jetty.server.Response response,
      Callback callback) {
    Callback answered =
        headerTimeout.handling(request.getConnectionMetaData().getConnection(), callback);
    Exchange exchange = new Exchange(request, response, answered);
    try {
      dispatch(exchange);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      fail(exchange, e);
    }
    return true;
  }

  private void dispatch(Exchange exchange) {
    String path = exchange.request().getHttpURI().getDecodedPath();
    String method = exchange.request().getMethod();
    String wanted = HttpMethod.HEAD.is(method) ? "GET" : method;
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

  private void accept(Exchange exchange, Route route, String parameter) {
    HttpFields headers = exchange.request().getHeaders();
    long declared = exchange.request().getLength();
    boolean hasBody = declared > 0 || headers.contains(HttpHeader.TRANSFER_ENCODING);
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
    if (declared > route.bodyLimit()) {
      send(exchange, Response.tooLarge(route.bodyLimit()));
      return;
    }
    Request request = new Request(exchange.request(), parameter, route.bodyLimit());
    if (!route.slow()) {
      respond(exchange, route, request);
      return;
    }
    try {
      slowWork.execute(() -> respond(exchange, route, request));
    } catch (RejectedExecutionException e) {
      send(exchange, Response.error(503, "ServiceUnavailable", "the agent is stopping"));
    }
  }

  private void respond(Exchange exchange, Route route, Request request) {
    try {
      send(exchange, route.endpoint().handle(request));
    } catch (Exception | LinkageError | AssertionError e) {
      fail(exchange, e);
    }
  }

  private void send(Exchange exchange, Response response) {
    response.writeTo(exchange.request(), exchange.response(), exchange.callback(), serverHeader);
  }

  private void fail(Exchange exchange, Throwable e) {
    String target =
        exchange.request().getMethod() + " " + exchange.request().getHttpURI().getPath();
    if (exchange.response().isCommitted()) {
      // the answer was on its way: cut the connection, as nothing else can be said now
      LOG.log(Level.DEBUG, "the answer to " + target + " was cut: " + e.getMessage());
      exchange.callback().failed(e);
      return;
    }
    LOG.log(Level.ERROR, "the HTTP API failed on " + target, e);
    try {
      send(
          exchange,
          Response.error(
                  500,
                  "InternalServerError",
                  "the agent failed to answer: " + e.getClass().getSimpleName())
              .withHeader("Connection", "close"));
    } catch (RuntimeException again) {
      e.addSuppressed(again);
      exchange.callback().failed(e);
    }
  }

  /** One request with the means to answer it. */
  private record Exchange(
      org.eclipse.jetty.server.Request request,
      org.eclipse.jetty.server.Response response,
      Callback callback) {}
}
