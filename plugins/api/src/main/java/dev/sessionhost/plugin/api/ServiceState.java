package dev.sessionhost.plugin.api;

/**
 * Whether a service is installed and running, and where that was read.
 *
 * @param name the service asked about
 * @param installed whether the service exists on the machine
 * @param active whether it is running; never true when it is not installed
 * @param detail the service manager's own words, e.g. {@code ActiveState=failed SubState=failed};
 *     may be empty
 * @param source where this was read, e.g. {@code systemctl show azuremonitoragent}
 * @since 1.0
 */
public record ServiceState(
    String name, boolean installed, boolean active, String detail, String source) {

  /** Validates the fields. */
  public ServiceState {
    Arguments.nonBlank(name, "name");
    Arguments.present(detail, "detail");
    Arguments.nonBlank(source, "source");
    if (active && !installed) {
      throw new IllegalArgumentException(
          "service " + name + " cannot be active when it is not installed");
    }
  }
}
