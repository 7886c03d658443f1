package dev.sessionhost.adapter.in.http;

/** An error in the Azure API's shape: {@code {"error":{"code":..,"message":..}}}. */
record ErrorJson(Detail error) {

  /** The machine-readable code and the sentence for people. */
  record Detail(String code, String message) {}

  static ErrorJson of(String code, String message) {
    return new ErrorJson(new Detail(code, message));
  }
}
