package dev.sessionhost.application.port.in;

/**
 * Installs a new version of a check plugin (or a plugin not installed yet) with rollback: the
 * update state goes Pending, Started (status Upgrading), then Succeeded, or Failed with the old
 * version restored and the status UpgradeFailed until a later upgrade succeeds.
 */
public interface UpgradePluginUseCase {

  /** Runs the upgrade to its end; never throws for a bad jar, which is a failed upgrade. */
  UpgradeResult upgrade(UpgradePluginCommand command);
}
