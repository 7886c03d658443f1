package dev.sessionhost.plugin.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The answer to an HTTP GET.
 *
 * @param status the HTTP status code, e.g. 200
 * @param headers the response headers; names are kept as received and looked up ignoring case with
 *     {@link #header(String)}
 * @param body the response body as text, cut to its first {@link #MAX_BODY_CHARS} characters
 * @param took how long the request took
 * @since 1.0
 */
public record HttpAnswer(
    int status, Map<String, List<String>> headers, String body, Duration took) {

  /** The most characters of a body an answer keeps: 64 Ki. */
  public static final int MAX_BODY_CHARS = 64 * 1024;

  /** Validates the fields, copies the headers and cuts the body. */
  public HttpAnswer {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be from 100 to 999, found " + status);
    }
    Arguments.required(headers, "headers");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null) { // HttpURLConnection files the status line under a null name
            copy.merge(name, List.copyOf(values), HttpAnswer::concat);
          }
        });
    headers = Map.copyOf(copy);
    Arguments.present(body, "body");
    body = body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
    Arguments.required(took, "took");
  }

  /** The first value of the header, looked up ignoring case. */
  public Optional<String> header(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(wanted))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
