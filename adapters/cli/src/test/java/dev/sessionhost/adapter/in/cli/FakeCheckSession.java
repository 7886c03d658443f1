package dev.sessionhost.adapter.in.cli;

import dev.sessionhost.application.port.in.ListChecksQuery;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.domain.health.HostHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A session whose cycle returns a given snapshot, remembering how it was opened, what it was asked
 * to run and whether it was closed; it is also its own factory.
 */
final class FakeCheckSession implements CheckSession, CheckRunnerFactory {

  final List<CheckSetup> opened = new ArrayList<>();
  final List<RunHealthCycleCommand> cycles = new ArrayList<>();
  int closed;

  private final Supplier<HostHealth> health;
  private final ListChecksQuery checks;

  FakeCheckSession(Supplier<HostHealth> health, ListChecksQuery checks) {
    this.health = health;
    this.checks = checks;
  }

  /** A session over the installed catalogue returning this snapshot. */
  static FakeCheckSession returning(HostHealth health) {
    return new FakeCheckSession(() -> health, Catalogues.installed());
  }

  @Override
  public CheckSession open(CheckSetup setup) {
    opened.add(setup);
    return this;
  }

  @Override
  public RunHealthCycleUseCase cycle() {
    return command -> {
      cycles.add(command);
      return health.get();
    };
  }

  @Override
  public ListChecksQuery checks() {
    return checks;
  }

  @Override
  public void close() {
    closed++;
  }
}
