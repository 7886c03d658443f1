package dev.sessionhost.adapter.out.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The processes under a {@code /proc} root: their names ({@code comm}) and the socket inodes their
 * file descriptors point at.
 *
 * <p>Processes that end while being read, or whose entries the agent may not read, are skipped.
 */
final class ProcessTable {

  /** The kernel cuts {@code comm} to 15 characters. */
  static final int COMM_LENGTH = 15;

  private final Path procRoot;

  ProcessTable(Path procRoot) {
    this.procRoot = procRoot;
  }

  /** The ids of every process whose {@code comm} is the name (cut as the kernel cuts it). */
  List<Long> pidsNamed(String name) {
    String wanted = name.length() > COMM_LENGTH ? name.substring(0, COMM_LENGTH) : name;
    List<Long> pids = new ArrayList<>();
    for (long pid : pids()) {
      if (comm(pid).filter(wanted::equals).isPresent()) {
        pids.add(pid);
      }
    }
    return pids;
  }

  /** The process's name, when it can be read. */
  Optional<String> comm(long pid) {
    try {
      return Optional.of(
          Files.readString(procRoot.resolve(pid + "/comm"), StandardCharsets.UTF_8).strip());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * The live processes whose process group or session is {@code id}: what is left of a command
   * started as the leader of its own session, wherever its children were re-parented. Zombies are
   * left out: they are dead already and only wait for their new parent to reap them.
   */
  List<Long> liveMembersOf(long id) {
    List<Long> members = new ArrayList<>();
    List<Long> pids = pids();
    OptionalLong last = lastPid();
    for (long pid : pids) {
      if (last.isPresent() && !givenOutSince(pid, id, last.getAsLong())) {
        continue;
      }
      try {
        String stat =
            Files.readString(procRoot.resolve(pid + "/stat"), StandardCharsets.ISO_8859_1);
        // fields after the parenthesised name: state ppid pgrp session ...
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        boolean member = Long.parseLong(fields[2]) == id || Long.parseLong(fields[3]) == id;
        if (member && !fields[0].equals("Z")) {
          members.add(pid);
        }
      } catch (IOException
          | SecurityException
          | NumberFormatException
          | IndexOutOfBoundsException e) {
        // ended while listing, or unreadable: not one we can kill anyway
      }
    }
    return members;
  }

  /**
   * Whether {@code pid} was given out no earlier than {@code first}, the kernel having given out
   * {@code last} most recently: pids rise until they wrap around at {@code pid_max}.
   */
  private static boolean givenOutSince(long pid, long first, long last) {
    return last >= first ? pid >= first && pid <= last : pid >= first || pid <= last;
  }

  /**
   * The pid the kernel gave out last, when it says: a session's members descend from its leader, so
   * only pids given out since the leader's need reading, a handful where every process's {@code
   * stat} would cost each command a few milliseconds.
   */
  private OptionalLong lastPid() {
    try {
      return OptionalLong.of(
          Long.parseLong(
              Files.readString(
                      procRoot.resolve("sys/kernel/ns_last_pid"), StandardCharsets.US_ASCII)
                  .strip()));
    } catch (IOException | SecurityException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Whether the root can be listed at all. */
  boolean available() {
    return Files.isDirectory(procRoot) && Files.isReadable(procRoot);
  }

  /**
   * The inodes of the sockets the process holds; empty when its fds cannot be read (the process
   * ended, or the kernel denies reading its fd links, as it does for other users' processes).
   */
  Optional<Set<Long>> socketInodes(long pid) {
    Set<Long> inodes = new HashSet<>();
    int denied = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(procRoot.resolve(pid + "/fd"))) {
      for (Path fd : fds) {
        try {
          socketInode(Files.readSymbolicLink(fd).toString()).ifPresent(inodes::add);
        } catch (NoSuchFileException e) {
          // closed while listing
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
          denied++;
        }
      }
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    // a listable folder of unreadable links tells nothing: no sockets seen is not no sockets
    return inodes.isEmpty() && denied > 0 ? Optional.empty() : Optional.of(inodes);
  }

  /** The first process holding the socket, with its name; empty when none can be told. */
  Optional<String> ownerOf(long inode) {
    for (long pid : pids()) {
      if (socketInodes(pid).orElse(Set.of()).contains(inode)) {
        return comm(pid);
      }
    }
    return Optional.empty();
  }

  private List<Long> pids() {
    List<Long> pids = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(procRoot)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
          pids.add(Long.parseLong(name));
        }
      }
    } catch (IOException | SecurityException e) {
      // no process table: nothing found
    }
    return pids;
  }

  private static Optional<Long> socketInode(String linkTarget) {
    if (linkTarget.startsWith("socket:[") && linkTarget.endsWith("]")) {
      try {
        return Optional.of(Long.parseLong(linkTarget.substring(8, linkTarget.length() - 1)));
      } catch (NumberFormatException e) {
        return Optional.empty(); // not a socket link after all
      }
    }
    return Optional.empty();
  }
}
