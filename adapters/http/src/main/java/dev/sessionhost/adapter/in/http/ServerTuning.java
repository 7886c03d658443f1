package dev.sessionhost.adapter.in.http;

/**
 * System properties the JDK's HTTP server reads once, when its first server is made; an operator's
 * own {@code -D} setting wins.
 */
final class ServerTuning {

  private ServerTuning() {}

  static synchronized void apply() {
    // without it, keep-alive responses wait about 40 ms for the client's delayed ACK
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    // the defaults (200 headers, 384 KiB) are far more than any client of this API sends
    setIfAbsent("sun.net.httpserver.maxReqHeaders", "64");
    setIfAbsent("sun.net.httpserver.maxReqHeaderSize", "16384");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
