import com.sun.management.OperatingSystemMXBean;
import dev.sessionhost.adapter.out.plugin.Pf4jHealthCheckLoader;
import dev.sessionhost.adapter.out.plugin.PluginRuntimeOptions;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.out.HealthHistoryPort;
import dev.sessionhost.application.service.CheckExecutor;
import dev.sessionhost.application.service.HealthBroadcast;
import dev.sessionhost.application.service.HealthCycleService;
import dev.sessionhost.application.service.HostHealthRecord;
import dev.sessionhost.domain.agent.BrokerLink;
import dev.sessionhost.domain.check.CheckOutcome;
import dev.sessionhost.domain.check.CheckResult;
import dev.sessionhost.domain.health.HostHealth;
import dev.sessionhost.domain.health.StatusChange;
import dev.sessionhost.domain.update.UpdateStatus;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Runs health cycles in process, wired as the host wires them (the real PF4J plugin runtime over a
 * plugins folder, the check executor, the cycle service) and measures the cycles, not the start.
 *
 * <p>Usage: {@code CycleBench PLUGINS_DIR EXPECTED_CHECKS WARMUP_CYCLES MEASURED_CYCLES}. Prints
 * {@code key=value} lines: the median, minimum and maximum cycle time in milliseconds and the
 * process CPU per check per cycle in milliseconds over the measured cycles. Fails unless every
 * cycle ran exactly the expected generated checks ({@code Bench...}), all succeeded, so that a
 * broken plugin cannot pass for a fast one.
 */
public final class CycleBench {

  public static void main(String[] args) throws Exception {
    Path plugins = Path.of(args[0]);
    int expected = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    int measured = Integer.parseInt(args[3]);

    Clock clock = Clock.systemUTC();
    HealthHistoryPort noHistory =
        new HealthHistoryPort() {
          @Override
          public void append(StatusChange change) {}

          @Override
          public List<StatusChange> recent(int limit) {
            return List.of();
          }
        };
    try (Pf4jHealthCheckLoader loader =
            new Pf4jHealthCheckLoader(PluginRuntimeOptions.of(plugins, "benchmark"), clock);
        CheckExecutor executor = new CheckExecutor(clock)) {
      HealthCycleService cycles =
          new HealthCycleService(
              loader,
              executor,
              new HostHealthRecord(
                  "benchmark", BrokerLink.NONE, UpdateStatus.INITIAL, clock.instant()),
              new HealthBroadcast(List.of(), noHistory),
              clock);
      if (!loader.problems().isEmpty()) {
        throw new IllegalStateException("the plugins did not load: " + loader.problems());
      }
      for (int i = 0; i < warmup; i++) {
        verify(cycles.runCycle(RunHealthCycleCommand.now()), expected);
      }
      OperatingSystemMXBean os =
          (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long[] nanos = new long[measured];
      long cpuBefore = os.getProcessCpuTime();
      for (int i = 0; i < measured; i++) {
        long start = System.nanoTime();
        HostHealth health = cycles.runCycle(RunHealthCycleCommand.now());
        nanos[i] = System.nanoTime() - start;
        verify(health, expected);
      }
      long cpu = os.getProcessCpuTime() - cpuBefore;
      Arrays.sort(nanos);
      System.out.printf("cycles=%d%n", measured);
      System.out.printf("checks=%d%n", expected);
      System.out.printf("cycle_median_ms=%.3f%n", median(nanos) / 1e6);
      System.out.printf("cycle_min_ms=%.3f%n", nanos[0] / 1e6);
      System.out.printf("cycle_max_ms=%.3f%n", nanos[measured - 1] / 1e6);
      System.out.printf("cpu_per_check_ms=%.4f%n", cpu / 1e6 / measured / expected);
    }
  }

  /**
   * The snapshot also lists the seven built-in checks as unknown, "no loaded plugin provides this
   * check": only the generated ones count.
   */
  private static void verify(HostHealth health, int expected) {
    List<CheckResult> results =
        health.results().stream().filter(r -> r.id().value().startsWith("Bench")).toList();
    long succeeded = results.stream().filter(r -> r.outcome() == CheckOutcome.SUCCEEDED).count();
    if (results.size() != expected || succeeded != expected) {
      throw new IllegalStateException(
          "expected " + expected + " succeeded checks, the cycle gave " + results);
    }
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
