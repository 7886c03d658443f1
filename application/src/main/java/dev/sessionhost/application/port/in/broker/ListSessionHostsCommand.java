package dev.sessionhost.application.port.in.broker;

import dev.sessionhost.domain.status.SessionHostStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a pool's hosts in name order (last name first when {@code descending}): those shown
 * with {@code status} (all when empty) whose name contains {@code nameContains} (ignoring case),
 * after the host named {@code after} in that order (from the start when empty), at most {@code
 * pageSize}.
 */
public record ListSessionHostsCommand(
    String pool,
    Optional<SessionHostStatus> status,
    Optional<String> nameContains,
    Optional<String> after,
    int pageSize,
    boolean descending) {

  /** The page size when none is asked for. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** The largest page. */
  public static final int MAX_PAGE_SIZE = 1000;

  public ListSessionHostsCommand {
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nameContains, "nameContains");
    Objects.requireNonNull(after, "after");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
    }
  }

  /** A page in ascending name order. */
  public ListSessionHostsCommand(
      String pool,
      Optional<SessionHostStatus> status,
      Optional<String> nameContains,
      Optional<String> after,
      int pageSize) {
    this(pool, status, nameContains, after, pageSize, false);
  }

  /** The first page of every host of {@code pool}. */
  public static ListSessionHostsCommand firstPage(String pool) {
    return new ListSessionHostsCommand(
        pool, Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_PAGE_SIZE);
  }
}
