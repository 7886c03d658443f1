package dev.sessionhost.application.port.in.broker;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Records a host's heartbeat: authenticates its credential, works out what the broker now shows for
 * the host, and stores the report and every change of the shown status durably before it answers.
 */
public interface RecordHeartbeatUseCase {

  /**
   * Records the heartbeat; a repeat of one already recorded changes nothing and is answered alike.
   *
   * @throws BrokerException {@code INVALID_CREDENTIAL} for a credential no host has, {@code
   *     FORBIDDEN} when the report names another host than the credential's
   */
  HeartbeatReceipt record(RecordHeartbeatCommand command);

  /**
   * Records the heartbeat as {@link #record} does, if that takes no read of the store: when this
   * broker remembers the host as it last stored it and the heartbeat is a plain new report of it,
   * the usual case. The caller need not wait for the store on its thread.
   *
   * @return completes with the receipt once the heartbeat is durable (exceptionally when the store
   *     failed: nothing was kept); with empty, at once when the heartbeat needs a read, or once the
   *     store refused the write (another broker, a deletion came first): then call {@link #record},
   *     which reads. It may complete on the store's own thread, where nothing may wait for the
   *     store.
   */
  CompletableFuture<Optional<HeartbeatReceipt>> recordWithoutReading(
      RecordHeartbeatCommand command);
}
