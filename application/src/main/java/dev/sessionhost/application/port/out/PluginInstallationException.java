package dev.sessionhost.application.port.out;

/** A plugin jar cannot be installed; the message says why in words an operator can act on. */
public class PluginInstallationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PluginInstallationException(String message) {
    super(message);
  }

  public PluginInstallationException(String message, Throwable cause) {
    super(message, cause);
  }
}
