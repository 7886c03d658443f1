package dev.sessionhost.adapter.in.broker;

/** A request the API refuses before any use case sees it; carries the answer. */
final class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Reply reply;

  BadRequest(int status, String code, String message) {
    super(message, null, false, false);
    this.reply = Reply.error(status, code, message);
  }

  static BadRequest invalid(String message) {
    return new BadRequest(400, "INVALID_REQUEST", message);
  }

  Reply reply() {
    return reply;
  }
}
