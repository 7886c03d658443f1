package dev.sessionhost.adapter.in.http;

import java.util.List;
import java.util.Objects;

/**
 * One method on one path template ({@code /v1/plugins/{id}} captures one segment), who may call it,
 * how large a body it takes (0: none), and whether it is slow enough to run off the threads that
 * serve reads.
 */
record Route(
    String template,
    String method,
    boolean admin,
    long bodyLimit,
    boolean slow,
    Endpoint endpoint) {

  private static final String PARAMETER = "{id}";

  Route {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  static Route read(String template, Endpoint endpoint) {
    return new Route(template, "GET", false, 0, false, endpoint);
  }

  static Route admin(String template, String method, long bodyLimit, Endpoint endpoint) {
    return new Route(template, method, true, bodyLimit, true, endpoint);
  }

  /** The captured segment ("" for a template without one) if {@code path} fits, else null. */
  String match(String path) {
    if (!template.contains(PARAMETER)) {
      return template.equals(path) ? "" : null;
    }
    String prefix = template.substring(0, template.indexOf(PARAMETER));
    if (!path.startsWith(prefix) || path.length() == prefix.length()) {
      return null;
    }
    String segment = path.substring(prefix.length());
    return segment.indexOf('/') < 0 ? segment : null;
  }

  /** The methods to list in {@code Allow}: a readable resource also answers HEAD. */
  List<String> allowedMethods() {
    return method.equals("GET") ? List.of("GET", "HEAD") : List.of(method);
  }
}
