package dev.sessionhost.bootstrap;

import com.google.inject.Injector;
import com.google.inject.Key;
import dev.sessionhost.adapter.in.cli.CheckSetupException;
import dev.sessionhost.adapter.in.cli.VersionProvider;
import dev.sessionhost.adapter.in.dropfolder.UpdateDropFolder;
import dev.sessionhost.adapter.in.http.AgentHttpApi;
import dev.sessionhost.adapter.out.broker.BrokerClient;
import dev.sessionhost.adapter.out.history.AgentFiles;
import dev.sessionhost.adapter.out.plugin.Pf4jHealthCheckLoader;
import dev.sessionhost.application.port.in.RecoverInterruptedUpgradeUseCase;
import dev.sessionhost.application.port.in.RunHealthCycleCommand;
import dev.sessionhost.application.port.in.RunHealthCycleUseCase;
import dev.sessionhost.application.port.in.ShutdownUseCase;
import dev.sessionhost.application.port.in.UpgradeRecovery;
import dev.sessionhost.application.port.out.LoadHealthChecksPort;
import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.bootstrap.config.SessionhostConfig;
import dev.sessionhost.domain.health.PluginProblem;
import dev.sessionhost.plugin.api.DurationText;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The agent's life: starts the HTTP API, runs a cycle at once and then on a schedule, polls the
 * plugin drop folder, and on SIGTERM or SIGINT reports Shutdown to every reporter and returns 0 in
 * well under five seconds, however a check behaves (checks run on daemon threads, and a watchdog
 * ends the process if stopping itself hangs). A setting the plugins refuse while loading (an entry
 * of {@code commandChecks}) stops the start before a cycle runs, as a configuration error (the API,
 * which listened while the plugins loaded, closes again).
 */
final class AgentDaemon {

  /** The stop must end within 5 s; this leaves the JVM time to exit. */
  private static final Duration STOP_DEADLINE = Duration.ofMillis(4500);

  private static final Duration DROP_FOLDER_POLL = Duration.ofSeconds(5);

  /** No tick shorter than this, whatever a check's interval says. */
  private static final Duration SHORTEST_TICK = Duration.ofSeconds(1);

  /** What the agent's life runs on, each wired by Guice; the broker client when one is set. */
  record Parts(
      LoadHealthChecksPort checks,
      Pf4jHealthCheckLoader plugins,
      RunHealthCycleUseCase cycle,
      ShutdownUseCase shutdown,
      RecoverInterruptedUpgradeUseCase recovery,
      AgentHttpApiFactory http,
      UpdateDropFolder drops,
      Optional<BrokerClient> broker) {

    /** The parts from the agent's injector. */
    static Parts of(Injector injector) {
      return new Parts(
          injector.getInstance(LoadHealthChecksPort.class),
          injector.getInstance(Pf4jHealthCheckLoader.class),
          injector.getInstance(RunHealthCycleUseCase.class),
          injector.getInstance(ShutdownUseCase.class),
          injector.getInstance(RecoverInterruptedUpgradeUseCase.class),
          injector.getInstance(AgentHttpApiFactory.class),
          injector.getInstance(UpdateDropFolder.class),
          injector.getExistingBinding(Key.get(BrokerClient.class)) == null
              ? Optional.empty()
              : Optional.of(injector.getInstance(BrokerClient.class)));
    }
  }

  private final Parts parts;
  private final SessionhostConfig config;
  private final Consumer<String> log;
  private StopSignals stop;

  AgentDaemon(Parts parts, SessionhostConfig config, Consumer<String> log) {
    this.parts = parts;
    this.config = config;
    this.log = log;
  }

  int run() throws CheckSetupException {
    AgentFiles files = new AgentFiles(config.agent().stateDir());
    stop = StopSignals.handle();
    Optional<BrokerClient> broker = brokerClient();
    finishInterruptedUpgrade();
    // The first cycle (loading the plugins, then running every check) goes ahead on its own
    // thread while this one starts the HTTP API: on two cores the first 200 comes that much sooner.
    ScheduledExecutorService cycles = daemonScheduler("sessionhost-cycle");
    LoadHealthChecksPort checks = parts.checks();
    Pf4jHealthCheckLoader plugins = parts.plugins();
    RunHealthCycleUseCase cycle = parts.cycle();
    RunHealthCycleCommand scheduled =
        RunHealthCycleCommand.scheduled(config.agent().cycleInterval());
    Future<List<RunnableCheck>> loading = cycles.submit(checks::loadChecks);
    // runs after the load on the same thread; a setting the plugins refused stops the agent below
    cycles.execute(
        () -> {
          if (!settingsRefused(loading, plugins)) {
            guarded("health cycle", () -> cycle.runCycle(scheduled));
          }
        });
    AgentHttpApi http;
    try {
      http = parts.http().create(token(files));
    } catch (IllegalArgumentException e) {
      throw new CheckSetupException(e.getMessage(), e);
    }
    URI url = listen(http, files);
    List<RunnableCheck> loaded = loadedBy(loading);
    if (settingsRefused(loading, plugins)) {
      // the API listened while the plugins loaded (the first 200 comes sooner); it goes again
      http.close();
      files.deleteUrl();
      InvalidSettingsAtStart.refuse(plugins, config);
    }
    Duration tick = tick(loaded);
    log.accept(
        "sessionhost agent "
            + VersionProvider.productVersion()
            + " listening on "
            + url
            + "; "
            + loaded.size()
            + " checks, a cycle every "
            + DurationText.format(config.agent().cycleInterval())
            + (tick.equals(config.agent().cycleInterval())
                ? ""
                : " (ticking every " + DurationText.format(tick) + ")"));
    for (PluginProblem problem : checks.problems()) {
      log.accept("plugin " + problem.plugin() + " not loaded: " + problem.reason());
    }
    ScheduledExecutorService updates = daemonScheduler("sessionhost-updates");
    cycles.scheduleAtFixedRate(
        () -> guarded("health cycle", () -> cycle.runCycle(scheduled)),
        tick.toMillis(),
        tick.toMillis(),
        TimeUnit.MILLISECONDS);
    UpdateDropFolder drops = parts.drops();
    updates.scheduleWithFixedDelay(
        () -> guarded("plugin drop folder", () -> drops.poll(log)),
        DROP_FOLDER_POLL.toMillis(),
        DROP_FOLDER_POLL.toMillis(),
        TimeUnit.MILLISECONDS);
    stop.await();
    Watchdog.haltAfter(STOP_DEADLINE, log);
    log.accept("stopping on SIG" + stop.reason() + ": reporting Shutdown");
    parts.shutdown().shutdown();
    broker.ifPresent(BrokerClient::close); // delivers the Shutdown report if the broker answers
    cycles.shutdownNow();
    updates.shutdownNow();
    http.close();
    files.deleteUrl();
    log.accept("stopped");
    return 0;
  }

  /** The broker client, started, when the configuration names a broker. */
  private Optional<BrokerClient> brokerClient() {
    parts
        .broker()
        .ifPresent(
            client -> {
              client.start();
              log.accept("reporting to the broker at " + client.url());
            });
    return parts.broker();
  }

  /**
   * Finishes an upgrade the last stop cut short: one whose success was saved keeps the new plugin;
   * any other is undone, the folder getting its previous plugin back and the saved update state
   * (still Pending or Started) becoming Failed, saying so.
   */
  private void finishInterruptedUpgrade() {
    UpgradeRecovery recovery = parts.recovery().recoverInterruptedUpgrade();
    if (recovery.previousPluginRestored()) {
      log.accept("an upgrade interrupted by the last stop was undone: the previous plugin is back");
    }
    if (recovery.stateChanged()) {
      log.accept(
          "update state "
              + recovery.before().state().wireName()
              + " -> Failed: "
              + recovery.after().errorMessage());
    }
  }

  /**
   * The checks the plugins provide, once loaded; none if loading failed (logged) or a stop came
   * first: a plugin that hangs while starting must not keep the agent from stopping.
   */
  private List<RunnableCheck> loadedBy(Future<List<RunnableCheck>> loading) {
    while (!stop.stopped()) {
      try {
        return loading.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // still loading: look at the stop again
      } catch (ExecutionException e) {
        log.accept("loading the checks failed: " + e.getCause());
        return List.of();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * Whether the plugins loaded and refused a setting of the configuration. A load still going (a
   * stop came first) or one that failed (logged) has refused nothing.
   */
  private static boolean settingsRefused(Future<?> loading, Pf4jHealthCheckLoader plugins) {
    if (!loading.isDone()) {
      return false;
    }
    try {
      loading.get();
    } catch (ExecutionException | CancellationException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !plugins.invalidSettings().isEmpty();
  }

  private String token(AgentFiles files) throws CheckSetupException {
    if (config.http().adminToken().isPresent()) {
      return config.http().adminToken().get();
    }
    try {
      return files.tokenCreatingIfMissing(log);
    } catch (IOException | RuntimeException e) {
      throw new CheckSetupException(
          "cannot write the admin token into " + config.agent().stateDir() + ": " + e, e);
    }
  }

  private URI listen(AgentHttpApi http, AgentFiles files) throws CheckSetupException {
    String where = config.http().bind() + ":" + config.http().port();
    try {
      http.start();
    } catch (RuntimeException e) {
      throw new CheckSetupException(
          "cannot listen on " + where + ": " + e.getMessage() + " (http.bind, http.port)", e);
    }
    URI url = http.uri();
    try {
      files.writeUrl(url);
    } catch (IOException e) {
      log.accept(
          "cannot write " + AgentFiles.URL_FILE + " in " + config.agent().stateDir() + ": " + e);
    }
    return url;
  }

  /** The scheduler's period: the cycle interval, or a shorter interval a check asks for. */
  private Duration tick(List<RunnableCheck> checks) {
    Duration tick = config.agent().cycleInterval();
    for (RunnableCheck check : checks) {
      if (check.options().enabled() && check.options().interval().isPresent()) {
        Duration own = check.options().interval().get();
        if (own.compareTo(tick) < 0) {
          tick = own;
        }
      }
    }
    return tick.compareTo(SHORTEST_TICK) < 0 ? SHORTEST_TICK : tick;
  }

  private void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      // a scheduled task that throws is never run again: log and keep the schedule alive
      log.accept(what + " failed: " + e);
    }
  }

  private static ScheduledExecutorService daemonScheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, name);
          thread.setDaemon(true);
          return thread;
        });
  }
}
