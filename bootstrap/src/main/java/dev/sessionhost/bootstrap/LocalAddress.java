package dev.sessionhost.bootstrap;

/** The address a client on this host uses to reach a server bound to {@code bind}. */
final class LocalAddress {

  private LocalAddress() {}

  static String reachable(String bind) {
    if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")) {
      return "127.0.0.1";
    }
    return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
  }
}
