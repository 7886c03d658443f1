package dev.sessionhost.adapter.out.linux;

import dev.sessionhost.plugin.api.ListenerProbe;
import dev.sessionhost.plugin.api.ListenerState;
import dev.sessionhost.plugin.api.ProbeException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Listening TCP sockets from {@code /proc/net/tcp} and {@code /proc/net/tcp6}, linked to their
 * processes through {@code /proc/[pid]/fd}; a connection to 127.0.0.1 when neither table can be
 * read.
 *
 * <p>Thread-safe: every call reads the tables afresh.
 */
final class LinuxListenerProbe implements ListenerProbe {

  private static final int CONNECT_TIMEOUT_MILLIS = 500;

  private final Path procRoot;
  private final ProcessTable processes;

  LinuxListenerProbe(Path procRoot) {
    this.procRoot = procRoot;
    this.processes = new ProcessTable(procRoot);
  }

  /** One socket table that could be read. */
  private record Table(Path path, List<TcpSocket> sockets) {}

  @Override
  public ListenerState tcpListener(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be from 1 to 65535, found " + port);
    }
    List<Table> tables = tables();
    if (tables.isEmpty()) {
      return connect(port);
    }
    for (Table table : tables) {
      for (TcpSocket socket : table.sockets()) {
        if (socket.listening() && socket.localPort() == port) {
          String process = processes.ownerOf(socket.inode()).orElse("");
          return new ListenerState(true, port, process, table.path().toString());
        }
      }
    }
    return new ListenerState(false, port, "", describe(tables));
  }

  @Override
  public ListenerState listenerNamed(String name) {
    if (!processes.available()) {
      throw new ProbeException(
          "cannot look up processes by name: " + procRoot + " is not readable");
    }
    String comms = procRoot + "/*/comm";
    List<Long> pids = processes.pidsNamed(name);
    if (pids.isEmpty()) {
      return new ListenerState(false, 0, "", comms);
    }
    List<Table> tables = tables();
    if (tables.isEmpty()) {
      throw new ProbeException(
          "cannot read listening sockets: " + describe(List.of()) + " are not readable");
    }
    String source = comms + ", " + describe(tables);
    boolean anyReadable = false;
    for (long pid : pids) {
      Optional<Set<Long>> inodes = processes.socketInodes(pid);
      anyReadable |= inodes.isPresent();
      Optional<Integer> port = lowestListeningPort(tables, inodes.orElse(Set.of()));
      if (port.isPresent()) {
        return new ListenerState(true, port.get(), name, source);
      }
    }
    if (!anyReadable) {
      throw new ProbeException(
          name
              + " runs (pid "
              + pids.get(0)
              + ") but its sockets cannot be read in "
              + procRoot.resolve(pids.get(0) + "/fd")
              + " (permission denied; the agent needs root to see other processes' sockets)");
    }
    return new ListenerState(false, 0, name, source);
  }

  private static Optional<Integer> lowestListeningPort(List<Table> tables, Set<Long> inodes) {
    return tables.stream()
        .flatMap(table -> table.sockets().stream())
        .filter(socket -> socket.listening() && inodes.contains(socket.inode()))
        .map(TcpSocket::localPort)
        .min(Integer::compare);
  }

  private List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    for (Path path : List.of(procRoot.resolve("net/tcp"), procRoot.resolve("net/tcp6"))) {
      try {
        tables.add(
            new Table(path, TcpSocket.parse(Files.readString(path, StandardCharsets.UTF_8))));
      } catch (IOException | SecurityException e) {
        // no IPv6, or no /proc: the other table or a connection answers instead
      }
    }
    return tables;
  }

  private String describe(List<Table> tables) {
    if (tables.size() == 1) {
      return tables.get(0).path().toString();
    }
    return procRoot.resolve("net/tcp") + " and " + procRoot.resolve("net/tcp6");
  }

  private static ListenerState connect(int port) {
    String source = "connect 127.0.0.1:" + port;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
      return new ListenerState(true, port, "", source);
    } catch (IOException e) {
      return new ListenerState(false, port, "", source);
    }
  }
}
