package dev.sessionhost.adapter.out.jdbc;

import dev.sessionhost.domain.pool.HostStatusChange;
import dev.sessionhost.domain.pool.RegisteredHost;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Records heartbeats in group commits: callers queue their arrival and get a future; a writer takes
 * all that is queued (up to {@link #MAX_BATCH}), applies it in one transaction with one sync, and
 * then completes each caller's future. A durable commit costs about the same for one row as for
 * hundreds, so throughput grows with the load instead of stopping at one sync per heartbeat.
 *
 * <p>Arrivals of one host are applied in the order they were queued, so a second arrival in the
 * same batch sees the first. Rows are applied in key order, so the writers of several brokers on a
 * server (which locks rows) cannot deadlock each other. A batch that fails fails all its callers.
 */
final class GroupCommit implements AutoCloseable {

  /** The most arrivals one transaction takes. */
  static final int MAX_BATCH = 512;

  private static final String INSERT_CHANGE =
      "INSERT INTO status_change (pool, name, heartbeat_sequence, from_status, to_status, basis,"
          + " changed_at, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final Comparator<Pending> KEY_ORDER =
      Comparator.comparing((Pending p) -> p.after().key().pool())
          .thenComparing(p -> p.after().key().name());

  private final DataSource dataSource;
  private final Vendor vendor;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  /**
   * Starts the writer, taking a connection from {@code dataSource} for each transaction.
   *
   * <p>One writer on PostgreSQL too, though a server commits transactions in parallel: its batches
   * are larger, and at the same rate four writers cost the broker 135 instead of 118 us of CPU per
   * heartbeat and the server 100 instead of 61 (benchmarks/RESULTS.md). Several brokers on one
   * database each have their own.
   */
  GroupCommit(DataSource dataSource, Vendor vendor) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.writer = new Thread(this::write, "broker-store-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Queues an arrival for the next transaction.
   *
   * @param asSent the arrival's report as sent, kept when {@link HeartbeatsJson#document} takes it
   * @return completes on the writer's thread once the transaction is committed, with whether the
   *     stored sequence was still {@code previousSequence} (and the arrival stored); exceptionally
   *     with a {@link StoreException} when the transaction failed (nothing of it was kept) or the
   *     store closed
   */
  CompletableFuture<Boolean> record(
      RegisteredHost after,
      Optional<String> asSent,
      String credentialHash,
      long previousSequence,
      List<HostStatusChange> changes) {
    if (after.lastReport().isEmpty()) {
      throw new IllegalArgumentException(
          "an arrival brings a heartbeat; " + after.key() + " has none");
    }
    // the JSON is written here, on the caller's thread, so the one writer only writes rows
    Pending pending =
        new Pending(
            after,
            HeartbeatsJson.document(after.lastReport().get(), asSent),
            credentialHash,
            previousSequence,
            List.copyOf(changes),
            new CompletableFuture<>());
    queue.add(pending);
    // close() drains after it sets closed: either it finds this arrival or this check sees closed
    if (closed && queue.remove(pending)) {
      pending.result().completeExceptionally(closedStore());
    }
    return pending.result();
  }

  @Override
  public void close() {
    closed = true;
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.result().completeExceptionally(closedStore()));
  }

  private void write() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (!closed || !queue.isEmpty()) {
      Pending first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (first == null) {
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, MAX_BATCH - 1);
      commit(batch);
      batch.clear();
    }
  }

  private void commit(List<Pending> batch) {
    List<Pending> ordered = new ArrayList<>(batch);
    ordered.sort(KEY_ORDER); // stable: one host's arrivals keep their order
    boolean[] stored;
    try (Connection connection = dataSource.getConnection()) {
      vendor.begin(connection);
      try {
        stored = apply(connection, ordered);
        vendor.commit(connection);
      } catch (SQLException | RuntimeException e) {
        vendor.rollback(connection);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      StoreException failed =
          new StoreException(
              "cannot record " + batch.size() + " heartbeat(s): " + rootMessage(e), e);
      batch.forEach(p -> p.result().completeExceptionally(failed));
      return;
    }
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).result().complete(stored[i]);
    }
  }

  private static boolean[] apply(Connection connection, List<Pending> ordered) throws SQLException {
    boolean[] stored = new boolean[ordered.size()];
    try (PreparedStatement update = connection.prepareStatement(HostRows.RECORD_ARRIVAL)) {
      for (Pending p : ordered) {
        HostRows.bindArrival(
            update, p.after(), p.document(), p.credentialHash(), p.previousSequence());
        update.addBatch();
      }
      int[] counts = update.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] < 0) {
          throw new SQLException("the driver did not say which heartbeats it recorded");
        }
        stored[i] = counts[i] == 1;
      }
    }
    boolean anyChange = false;
    try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
      for (int i = 0; i < ordered.size(); i++) {
        if (!stored[i]) {
          continue;
        }
        Pending p = ordered.get(i);
        for (HostStatusChange change : p.changes()) {
          StatusChangeRows.bind(insert, p.after().key(), change);
          insert.addBatch();
          anyChange = true;
        }
      }
      if (anyChange) {
        insert.executeBatch();
      }
    }
    return stored;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause instanceof BatchUpdateException batch && batch.getNextException() != null) {
      cause = batch.getNextException();
    }
    return cause.getMessage();
  }

  private static StoreException closedStore() {
    return new StoreException("the broker's store is closed", null);
  }

  /** An arrival waiting for its commit. */
  private record Pending(
      RegisteredHost after,
      String document,
      String credentialHash,
      long previousSequence,
      List<HostStatusChange> changes,
      CompletableFuture<Boolean> result) {}
}
