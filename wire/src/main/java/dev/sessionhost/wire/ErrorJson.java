package dev.sessionhost.wire;

/**
 * An error in the Azure API's shape: {@code {"error":{"code":..,"message":..}}}, as the agent's
 * HTTP API answers it and its clients read it.
 */
public record ErrorJson(Detail error) {

  /** The machine-readable code and the sentence for people. */
  public record Detail(String code, String message) {}

  public static ErrorJson of(String code, String message) {
    return new ErrorJson(new Detail(code, message));
  }
}
