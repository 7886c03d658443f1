package dev.sessionhost.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name this machine goes by, until configuration can name it. */
final class HostName {

  private HostName() {}

  /** The machine's fully qualified name, or {@code localhost} when the resolver cannot tell. */
  static String local() {
    try {
      return InetAddress.getLocalHost().getCanonicalHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
