package dev.sessionhost.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the product to the rules of the architecture page. */
class ArchitectureTest {

  private static final String ROOT = "dev.sessionhost";

  /** Well below what the product has; a typo in a package name would import next to nothing. */
  private static final int AT_LEAST_THIS_MANY_CLASSES = 60;

  /**
   * What each outbound adapter brings in besides the JDK and the core: its technology. A new
   * adapter, or a new library in one, is declared here (and in the README's module map).
   */
  static final Map<String, List<String>> OUTBOUND_TECHNOLOGIES =
      Map.of(
          "broker", List.of("tools.jackson", "com.fasterxml.jackson.annotation"),
          "history", List.of("tools.jackson", "com.fasterxml.jackson.annotation"),
          "jdbc",
              List.of(
                  "javax.sql",
                  "com.zaxxer.hikari",
                  "org.flywaydb",
                  "org.sqlite",
                  "org.postgresql",
                  "tools.jackson",
                  "com.fasterxml.jackson.annotation"),
          "linux", List.of("javax.net"),
          "plugin", List.of("org.pf4j"),
          "power", List.of(),
          // its YAML comes through support.yaml, as bootstrap's does
          "simulated", List.of());

  /** Libraries a built-in plugin bundles, by plugin package; none today. */
  static final Map<String, List<String>> PLUGIN_LIBRARIES = Map.of();

  private static JavaClasses product;

  @BeforeAll
  static void importTheProduct() {
    product =
        new ClassFileImporter()
            // the other modules arrive as jars on the class path: keep them, drop test code
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // and the test code other modules share as test-jars (contracts, fuzz documents)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(ROOT);
  }

  @Test
  void enoughOfTheProductWasImportedForTheRulesToMeanSomething() {
    assertThat(product.size()).isGreaterThanOrEqualTo(AT_LEAST_THIS_MANY_CLASSES);
    assertThat(product.containPackage(ROOT + ".domain.health")).isTrue();
    assertThat(product.containPackage(ROOT + ".application.service")).isTrue();
    assertThat(product.containPackage(ROOT + ".plugin.api")).isTrue();
    assertThat(product.containPackage(ROOT + ".adapter.in.cli")).isTrue();
    assertThat(product.containPackage(ROOT + ".adapter.in.http")).isTrue();
    assertThat(product.containPackage(ROOT + ".adapter.in.broker")).isTrue();
    assertThat(product.containPackage(ROOT + ".adapter.out.jdbc")).isTrue();
    assertThat(product.containPackage(ROOT + ".adapter.out.broker")).isTrue();
    assertThat(product.containPackage(ROOT + ".adapter.out.power")).isTrue();
    assertThat(product.containPackage(ROOT + ".domain.pool")).isTrue();
    assertThat(product.containPackage(ROOT + ".application.service.broker")).isTrue();
    assertThat(product.containPackage(ROOT + ".wire")).isTrue();
    assertThat(product.containPackage(ROOT + ".support.yaml")).isTrue();
    assertThat(product.containPackage(ROOT + ".bootstrap")).isTrue();
    // the import guards' subjects: every outbound adapter declared, and the plugins
    for (String adapter : OUTBOUND_TECHNOLOGIES.keySet()) {
      assertThat(product.containPackage(ROOT + ".adapter.out." + adapter)).as(adapter).isTrue();
    }
    assertThat(product.containPackage(ROOT + ".plugins.commandchecks")).isTrue();
    assertThat(product.containPackage(ROOT + ".plugins.sxsstacklistener")).isTrue();
  }

  @Test
  void outboundAdaptersUseOnlyTheirDeclaredTechnology() {
    ArchitectureRules.outboundAdaptersUseOnlyTheirTechnology(ROOT, OUTBOUND_TECHNOLOGIES)
        .check(product);
  }

  @Test
  void pluginsUseOnlyTheSdkPf4jAndTheirDeclaredLibraries() {
    ArchitectureRules.pluginsUseOnlyTheSdkAndTheirLibraries(ROOT, PLUGIN_LIBRARIES).check(product);
  }

  @Test
  void dependenciesPointInward() {
    ArchitectureRules.layers(ROOT).check(product);
  }

  @Test
  void theDomainDependsOnTheJdkOnly() {
    ArchitectureRules.domainDependsOnTheJdkOnly(ROOT).check(product);
  }

  @Test
  void theApplicationDependsOnTheDomainOnly() {
    ArchitectureRules.applicationDependsOnTheDomainOnly(ROOT).check(product);
  }

  @Test
  void thePluginApiDependsOnTheJdkAndPf4jOnly() {
    ArchitectureRules.pluginApiDependsOnTheJdkAndPf4jOnly(ROOT).check(product);
  }

  @Test
  void supportModulesDependOnNothingOfOurs() {
    ArchitectureRules.supportDependsOnNothingOfOurs(ROOT).check(product);
  }

  @Test
  void pluginsAreIndependentOfTheCore() {
    ArchitectureRules.pluginsAreIndependentOfTheCore(ROOT).check(product);
  }

  @Test
  void adaptersAreIndependentOfEachOther() {
    ArchitectureRules.adaptersAreIndependentOfEachOther(ROOT).check(product);
  }

  @Test
  void onlyBootstrapUsesGuice() {
    ArchitectureRules.onlyBootstrapUsesGuice(ROOT).check(product);
  }

  @Test
  void inboundPortsAreUseCasesOrQueries() {
    ArchitectureRules.inboundPortsAreUseCasesOrQueries(ROOT).check(product);
  }

  @Test
  void outboundPortsEndWithPort() {
    ArchitectureRules.outboundPortsEndWithPort(ROOT).check(product);
  }

  @Test
  void useCasesAreImplementedByPlainFinalServices() {
    ArchitectureRules.useCasesAreImplementedByPlainServices(ROOT).check(product);
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    ArchitectureRules.noPackageCycles(ROOT).check(product);
  }
}
