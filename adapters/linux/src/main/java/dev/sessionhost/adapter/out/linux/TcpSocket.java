package dev.sessionhost.adapter.out.linux;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code /proc/net/tcp} or {@code /proc/net/tcp6}: a socket's local port, state and
 * inode.
 *
 * @param localPort the local TCP port
 * @param state the kernel's state code, e.g. {@code 0A} for LISTEN
 * @param inode the socket's inode, which links it to a process's {@code fd} entries
 */
record TcpSocket(int localPort, String state, long inode) {

  /** The kernel's code for a socket in the LISTEN state. */
  static final String LISTEN = "0A";

  boolean listening() {
    return LISTEN.equalsIgnoreCase(state);
  }

  /**
   * Parses a {@code /proc/net/tcp} or {@code tcp6} table; the heading and malformed lines are
   * skipped.
   */
  static List<TcpSocket> parse(String table) {
    List<TcpSocket> sockets = new ArrayList<>();
    for (String line : table.split("\n")) {
      String[] fields = line.strip().split("\\s+");
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
      if (fields.length < 10 || !fields[0].endsWith(":")) {
        continue;
      }
      int colon = fields[1].lastIndexOf(':');
      try {
        int port = Integer.parseInt(fields[1].substring(colon + 1), 16);
        sockets.add(new TcpSocket(port, fields[3], Long.parseLong(fields[9])));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        // not a socket line: the kernel format is fixed, so skip rather than fail
      }
    }
    return sockets;
  }
}
