package dev.sessionhost.adapter.in.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;

/** The bearer token admin requests must carry, compared in constant time. */
final class AdminToken {

  private static final String SCHEME = "Bearer ";

  private final Optional<byte[]> expected;

  AdminToken(Optional<String> token) {
    this.expected = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  /** Empty when the request may pass; otherwise the 401 to send. */
  Optional<Response> refusal(HttpFields headers) {
    if (expected.isEmpty()) {
      return Optional.of(
          unauthorized("admin requests are disabled: no admin token is configured on this agent"));
    }
    String authorization = headers.get("Authorization");
    if (authorization == null
        || authorization.length() < SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.of(unauthorized("this request needs the agent's admin token as a bearer"));
    }
    byte[] offered =
        authorization.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
    // the loop runs over the offered bytes, so timing reveals nothing about the expected ones
    if (!MessageDigest.isEqual(offered, expected.get())) {
      return Optional.of(unauthorized("the bearer token is not this agent's admin token"));
    }
    return Optional.empty();
  }

  private static Response unauthorized(String message) {
    return Response.error(401, "Unauthorized", message)
        .withHeader("WWW-Authenticate", "Bearer realm=\"sessionhost\"");
  }
}
