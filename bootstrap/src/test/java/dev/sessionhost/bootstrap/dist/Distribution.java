package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The distribution assembled at {@code package}, whose location and version Failsafe passes as the
 * system properties {@code sessionhost.distribution} and {@code sessionhost.version}.
 *
 * @param home the distribution's root folder (bin/, lib/, plugins/, conf/, examples/)
 * @param version the project version it was built from
 */
public record Distribution(Path home, String version) {

  /** The id of the plugin that provides each of the seven built-in checks, by check id. */
  public static final Map<String, String> BUILT_IN_PLUGINS =
      Map.of(
          "DomainJoinedCheck", "domain-joined",
          "DomainTrustCheck", "domain-trust",
          "SxSStackListenerCheck", "sxs-stack-listener",
          "UrlsAccessibleCheck", "urls-accessible",
          "MonitoringAgentCheck", "monitoring-agent",
          "MetaDataServiceCheck", "metadata-service",
          "AppAttachHealthCheck", "app-attach");

  /**
   * Every plugin the distribution ships: those of the seven built-in checks, and command-checks,
   * which provides no check until {@code commandChecks} lists some.
   */
  public static final List<String> SHIPPED_PLUGINS =
      Stream.concat(BUILT_IN_PLUGINS.values().stream(), Stream.of("command-checks"))
          .sorted()
          .toList();

  /** The assembled distribution; fails the test when it is not there. */
  public static Distribution assembled() {
    String location = System.getProperty("sessionhost.distribution");
    assertThat(location)
        .as("system property sessionhost.distribution (set by Failsafe in bootstrap/pom.xml)")
        .isNotBlank();
    Distribution distribution =
        new Distribution(
            Path.of(location).toAbsolutePath(), System.getProperty("sessionhost.version"));
    assertThat(distribution.launcher()).isExecutable();
    assertThat(distribution.home().resolve("lib"))
        .isDirectoryContaining("glob:**/sessionhost-bootstrap-*.jar");
    assertThat(distribution.plugins()).isDirectoryContaining("glob:**/sessionhost-plugin-*.jar");
    return distribution;
  }

  /** {@code bin/sessionhost}. */
  public Path launcher() {
    return home.resolve("bin/sessionhost");
  }

  /** The shipped plugins folder. */
  public Path plugins() {
    return home.resolve("plugins");
  }

  /** A shipped scenario by file name, such as {@code healthy.yaml}. */
  public Path scenario(String fileName) {
    return home.resolve("examples/scenarios").resolve(fileName);
  }

  /** A launcher of this distribution, started from {@code workDir}. */
  public Launcher launch(Path workDir) {
    return Launcher.of(launcher()).in(workDir);
  }

  /**
   * Writes {@code work/sessionhost.yaml} for an agent of the simulated healthy host named {@code
   * hostName}: a cycle an hour (so only a test's requests run one), any free port, the given
   * plugins and state folders.
   */
  public Path healthyAgentConfig(Path work, String hostName, Path plugins, Path state)
      throws IOException {
    return Files.writeString(
        work.resolve("sessionhost.yaml"),
        String.join(
            "\n",
            "agent:",
            "  hostName: " + hostName,
            "  cycleInterval: 1h",
            "  environment: simulated",
            "  scenario: " + scenario("healthy.yaml"),
            "  pluginsDir: " + plugins,
            "  stateDir: " + state,
            "http:",
            "  port: 0",
            ""));
  }

  /** Copies the built-in plugin jars into {@code folder}, creating it, and returns it. */
  public Path copyPluginsTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> jars = Files.list(plugins())) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Files.copy(jar, folder.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return folder;
  }

  /**
   * A second installation in {@code target}: a copy of bin/ and lib/ with an empty plugins/ and
   * conf/, so that commands reading the standard configuration (such as {@code checks}) see the
   * plugins and configuration a test puts there. Copies, not links: the launcher resolves its home
   * through links, and would find this distribution again.
   */
  public Distribution installCopy(Path target) throws IOException {
    for (String folder : List.of("bin", "lib")) {
      Files.createDirectories(target.resolve(folder));
      try (Stream<Path> files = Files.list(home.resolve(folder))) {
        for (Path file : files.toList()) {
          Files.copy(
              file,
              target.resolve(folder).resolve(file.getFileName()),
              StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Files.createDirectories(target.resolve("plugins"));
    Files.createDirectories(target.resolve("conf"));
    return new Distribution(target.toAbsolutePath(), version);
  }
}
