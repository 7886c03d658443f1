package dev.sessionhost.adapter.out.simulated;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of the scenario's {@code http} map: the answer to a GET of that address.
 *
 * @param status the HTTP status; default 200
 * @param body the response body; default empty
 * @param headers the response headers; default none
 * @param error when set, no answer comes and the probe throws with this message instead, e.g.
 *     {@code timed out after 2s}
 */
record HttpFacts(Integer status, String body, Map<String, String> headers, String error) {

  /** Applies the defaults and rejects an answer that is also an error. */
  HttpFacts {
    if (error != null && (status != null || body != null || headers != null)) {
      throw new FactException("error", "cannot be combined with status, body or headers");
    }
    if (error != null && error.isBlank()) {
      throw new FactException("error", "must say what went wrong");
    }
    status = status == null ? 200 : status;
    if (status < 100 || status > 999) {
      throw new FactException("status", "must be from 100 to 999, found " + status);
    }
    body = body == null ? "" : body;
    headers = headers == null ? Map.of() : headers;
    if (headers.values().stream().anyMatch(Objects::isNull)) {
      throw new FactException("headers", "has a header without a value");
    }
    headers = Map.copyOf(headers);
  }

  /** An address listed with no keys: a 200 with an empty body. */
  static HttpFacts listedOnly() {
    return new HttpFacts(null, null, null, null);
  }
}
