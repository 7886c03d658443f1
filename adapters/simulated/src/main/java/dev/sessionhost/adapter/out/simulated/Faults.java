package dev.sessionhost.adapter.out.simulated;

import java.util.Optional;

/**
 * The scenario's {@code faults} section: a {@link Fault} per probe method, keyed {@code
 * Interface.method} so that a misspelt key is rejected with the valid ones listed.
 */
record Faults(
    Fault membership,
    Fault testTrust,
    Fault tcpListener,
    Fault listenerNamed,
    Fault service,
    Fault get,
    Fault reach,
    Fault path) {

  static final String MEMBERSHIP = "DirectoryProbe.membership";
  static final String TEST_TRUST = "DirectoryProbe.testTrust";
  static final String TCP_LISTENER = "ListenerProbe.tcpListener";
  static final String LISTENER_NAMED = "ListenerProbe.listenerNamed";
  static final String SERVICE = "ServiceProbe.service";
  static final String GET = "HttpProbe.get";
  static final String REACH = "HttpProbe.reach";
  static final String PATH = "FileProbe.path";

  /** No faults: every probe answers at once. */
  static Faults none() {
    return new Faults(null, null, null, null, null, null, null, null);
  }

  /** The fault set for the probe method, e.g. {@code HttpProbe.get}. */
  Optional<Fault> of(String call) {
    switch (call) {
      case MEMBERSHIP:
        return Optional.ofNullable(membership);
      case TEST_TRUST:
        return Optional.ofNullable(testTrust);
      case TCP_LISTENER:
        return Optional.ofNullable(tcpListener);
      case LISTENER_NAMED:
        return Optional.ofNullable(listenerNamed);
      case SERVICE:
        return Optional.ofNullable(service);
      case GET:
        return Optional.ofNullable(get);
      case REACH:
        return Optional.ofNullable(reach);
      case PATH:
        return Optional.ofNullable(path);
      default:
        throw new IllegalArgumentException("no probe method " + call);
    }
  }
}
