package dev.sessionhost.application.port.out;

import dev.sessionhost.domain.health.PluginProblem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The checks "the plugins provide", as a list a test can change between cycles. */
public final class FakeChecks implements LoadHealthChecksPort {

  private final List<RunnableCheck> checks = new CopyOnWriteArrayList<>();
  private final List<PluginProblem> problems = new CopyOnWriteArrayList<>();
  private final AtomicInteger loads = new AtomicInteger();

  /** Reports a plugin that "failed to load". */
  public FakeChecks failedPlugin(String plugin, String reason) {
    problems.add(new PluginProblem(plugin, reason));
    return this;
  }

  @Override
  public List<PluginProblem> problems() {
    return List.copyOf(problems);
  }

  public FakeChecks add(RunnableCheck... more) {
    checks.addAll(List.of(more));
    return this;
  }

  /** Replaces every check, as a reload of the plugins would. */
  public FakeChecks replace(List<RunnableCheck> now) {
    checks.clear();
    checks.addAll(now);
    return this;
  }

  /** How often the checks were asked for. */
  public int loads() {
    return loads.get();
  }

  @Override
  public List<RunnableCheck> loadChecks() {
    loads.incrementAndGet();
    return List.copyOf(checks);
  }
}
