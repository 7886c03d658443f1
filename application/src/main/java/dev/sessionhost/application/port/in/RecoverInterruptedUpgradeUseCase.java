package dev.sessionhost.application.port.in;

/**
 * At the start of the process that owns the plugins folder: finishes or undoes an upgrade that the
 * last stop (a crash, a kill) interrupted, and turns an update state left {@code Pending} or {@code
 * Started} into {@code Failed}, saved and shown.
 */
public interface RecoverInterruptedUpgradeUseCase {

  UpgradeRecovery recoverInterruptedUpgrade();
}
