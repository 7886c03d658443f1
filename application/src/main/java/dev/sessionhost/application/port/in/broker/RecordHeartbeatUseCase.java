package dev.sessionhost.application.port.in.broker;

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
}
