package dev.sessionhost.adapter.out.plugin;

import dev.sessionhost.application.port.out.RunnableCheck;
import dev.sessionhost.domain.check.CheckId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Shared set-up of the runtime tests: options for a folder, a fixed clock, finding checks. */
final class PluginFolderFixture {

  static final String ENVIRONMENT = "test-environment";
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static final List<Pf4jHealthCheckLoader> OPEN = new ArrayList<>();

  private PluginFolderFixture() {}

  static PluginRuntimeOptions options(Path folder) {
    return PluginRuntimeOptions.of(folder, ENVIRONMENT);
  }

  /** A loader with a fixed clock; {@link #closeAll()} closes it after the test. */
  static Pf4jHealthCheckLoader loader(PluginRuntimeOptions options) {
    Pf4jHealthCheckLoader loader = new Pf4jHealthCheckLoader(options, CLOCK);
    OPEN.add(loader);
    return loader;
  }

  static Pf4jHealthCheckLoader loader(Path folder) {
    return loader(options(folder));
  }

  static void closeAll() {
    OPEN.forEach(Pf4jHealthCheckLoader::close);
    OPEN.clear();
  }

  static RunnableCheck check(List<RunnableCheck> checks, String id) {
    return checks.stream()
        .filter(check -> check.id().equals(CheckId.of(id)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + id + " in " + ids(checks)));
  }

  static List<String> ids(List<RunnableCheck> checks) {
    return checks.stream().map(check -> check.id().value()).collect(Collectors.toList());
  }

  /** The ids of the checks a plugin provides, not the stand-ins for missing known checks. */
  static List<String> providedIds(List<RunnableCheck> checks) {
    return checks.stream()
        .filter(check -> !check.provider().equals(MissingKnownChecks.PROVIDER))
        .map(check -> check.id().value())
        .collect(Collectors.toList());
  }
}
