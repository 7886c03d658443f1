package dev.sessionhost.adapter.out.jdbc;

/**
 * The broker's store could not do what was asked (the database is unreachable, a disk is full, a
 * write failed): nothing of a failed write was kept.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
