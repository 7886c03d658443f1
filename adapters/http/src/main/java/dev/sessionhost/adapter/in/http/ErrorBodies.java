package dev.sessionhost.adapter.in.http;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request the server refuses before any route sees it (a malformed request line,
 * headers too large, an ambiguous path): the same JSON error body every other error has.
 */
final class ErrorBodies extends ErrorHandler {

  private final String serverHeader;

  ErrorBodies(String serverHeader) {
    this.serverHeader = serverHeader;
  }

  @Override
  public boolean handle(
      org.eclipse.jetty.server.Request request,
      org.eclipse.jetty.server.Response response,
      Callback callback) {
    int status =
        request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
    if (status < 400) {
      status = 500;
    }
    String reason = HttpStatus.getMessage(status);
    String message =
        request.getAttribute(ERROR_MESSAGE) instanceof String text && !text.isBlank()
            ? text
            : reason;
    Response.error(status, reason.replaceAll("[^A-Za-z]", ""), message)
        .withHeader("Connection", "close")
        .writeTo(request, response, callback, serverHeader);
    return true;
  }
}
