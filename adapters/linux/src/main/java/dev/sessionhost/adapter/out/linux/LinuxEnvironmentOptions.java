package dev.sessionhost.adapter.out.linux;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the linux environment reads the machine: the roots of {@code /proc} and {@code /etc}, the
 * default machine keytab, and how long a command may run.
 *
 * <p>Tests point the roots at temporary folders; {@link #forThisHost()} reads the real machine.
 *
 * @param procRoot the folder standing for {@code /proc}
 * @param etcRoot the folder standing for {@code /etc}
 * @param defaultKeytab the machine keytab used when a check names none
 * @param commandTimeout how long a command ({@code realm}, {@code kinit}, {@code systemctl}) may
 *     run before it and its children are killed
 */
public record LinuxEnvironmentOptions(
    Path procRoot, Path etcRoot, Path defaultKeytab, Duration commandTimeout) {

  /** The command timeout {@link #forThisHost()} uses: 10 seconds. */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(10);

  /** Checks that every part is given and the timeout is positive. */
  public LinuxEnvironmentOptions {
    Objects.requireNonNull(procRoot, "procRoot");
    Objects.requireNonNull(etcRoot, "etcRoot");
    Objects.requireNonNull(defaultKeytab, "defaultKeytab");
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException(
          "commandTimeout must be positive, found " + commandTimeout);
    }
  }

  /** The real machine: {@code /proc}, {@code /etc}, {@code /etc/krb5.keytab}, 10 s per command. */
  public static LinuxEnvironmentOptions forThisHost() {
    return rootedAt(Path.of("/proc"), Path.of("/etc"));
  }

  /** Other roots, with the keytab {@code krb5.keytab} in the etc root and 10 s per command. */
  public static LinuxEnvironmentOptions rootedAt(Path procRoot, Path etcRoot) {
    return new LinuxEnvironmentOptions(
        procRoot, etcRoot, etcRoot.resolve("krb5.keytab"), DEFAULT_COMMAND_TIMEOUT);
  }

  /** These options with another command timeout. */
  public LinuxEnvironmentOptions withCommandTimeout(Duration timeout) {
    return new LinuxEnvironmentOptions(procRoot, etcRoot, defaultKeytab, timeout);
  }

  Path etc(String relative) {
    return etcRoot.resolve(relative);
  }
}
