package dev.sessionhost.adapter.in.cli;

/**
 * The application could not be wired for a check, for a reason the operator can fix; the message
 * says what and where (the file, the line, the key) and is printed as is.
 */
public final class CheckSetupException extends Exception {

  private static final long serialVersionUID = 1L;

  public CheckSetupException(String message) {
    super(message);
  }

  public CheckSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
