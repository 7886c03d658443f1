package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.wire.ErrorJson;
import dev.sessionhost.wire.WireJson;
import java.net.http.HttpResponse;

/** Turns an agent's error answer into one line an operator can act on. */
final class AgentErrors {

  private AgentErrors() {}

  static String describe(HttpResponse<String> response, AgentAddress address) {
    String message = messageOf(response.body());
    if (response.statusCode() == 401) {
      return "the agent at "
          + address.base()
          + " refused the admin request ("
          + message
          + "); run as the agent's user so state/admin-token can be read, or set"
          + " http.adminToken in the configuration";
    }
    return "the agent answered " + response.statusCode() + ": " + message;
  }

  private static String messageOf(String body) {
    try {
      ErrorJson error = WireJson.MAPPER.readValue(body, ErrorJson.class);
      String message = error.error() == null ? null : error.error().message();
      return message == null || message.isEmpty() ? body.strip() : message;
    } catch (RuntimeException e) {
      return body.strip();
    }
  }
}
