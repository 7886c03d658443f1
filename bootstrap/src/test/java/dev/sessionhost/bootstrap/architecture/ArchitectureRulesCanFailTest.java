package dev.sessionhost.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves that every architecture rule can fail: each is checked against a small fixture under
 * {@code fixtures/} that breaks it, and must report the offending class.
 */
class ArchitectureRulesCanFailTest {

  private static final String FIXTURES = "dev.sessionhost.bootstrap.architecture.fixtures";

  @TestFactory
  Stream<DynamicTest> everyRuleRejectsItsViolatingFixture() {
    return Stream.of(
        violation("layers", ArchitectureRules::layers, "domainusesadapter", "Domain"),
        violation("layers", ArchitectureRules::layers, "wireusesadapter", "SnapshotJson"),
        violation("layers: the domain", ArchitectureRules::layers, "pluginapiusesdomain", "Probe"),
        violation(
            "layers: the application", ArchitectureRules::layers, "domainusesapplication", "Model"),
        violation(
            "layers: the wire",
            ArchitectureRules::layers,
            "applicationuseswire",
            "RenderingService"),
        violation("layers: the SDK", ArchitectureRules::layers, "domainusespluginapi", "Rule"),
        violation("layers: the plugins", ArchitectureRules::layers, "adapterusesplugin", "Loader"),
        violation(
            "layers: bootstrap", ArchitectureRules::layers, "adapterusesbootstrap", "Command"),
        violation(
            "layers: support, not for the application",
            ArchitectureRules::layers,
            "applicationusessupport",
            "ConfiguredService"),
        violation(
            "layers: support, not for a plugin",
            ArchitectureRules::layers,
            "pluginusessupport",
            "YamlCheck"),
        violation(
            "support depends on nothing of ours",
            ArchitectureRules::supportDependsOnNothingOfOurs,
            "supportusesdomain",
            "StatusReader"),
        violation(
            "outbound adapters use their technology only",
            root ->
                ArchitectureRules.outboundAdaptersUseOnlyTheirTechnology(
                    root, ArchitectureTest.OUTBOUND_TECHNOLOGIES),
            "outadapterwrongtech",
            "LeakyProbe"),
        violation(
            "outbound adapters declare their technology",
            root ->
                ArchitectureRules.outboundAdaptersUseOnlyTheirTechnology(
                    root, ArchitectureTest.OUTBOUND_TECHNOLOGIES),
            "outadapterundeclared",
            "'mystery', which declares no technologies"),
        violation(
            "plugins use no undeclared library",
            root ->
                ArchitectureRules.pluginsUseOnlyTheSdkAndTheirLibraries(
                    root, ArchitectureTest.PLUGIN_LIBRARIES),
            "pluginuseslibrary",
            "LeakyCheck"),
        violation(
            "plugins use no other plugin",
            root ->
                ArchitectureRules.pluginsUseOnlyTheSdkAndTheirLibraries(
                    root, ArchitectureTest.PLUGIN_LIBRARIES),
            "pluginusesplugin",
            "ACheck"),
        violation(
            "domain on the JDK only",
            ArchitectureRules::domainDependsOnTheJdkOnly,
            "domainusesframework",
            "LeakyStatus"),
        violation(
            "application on the domain only",
            ArchitectureRules::applicationDependsOnTheDomainOnly,
            "applicationusesadapter",
            "ChattyService"),
        violation(
            "plugin api on the JDK and PF4J only",
            ArchitectureRules::pluginApiDependsOnTheJdkAndPf4jOnly,
            "pluginapiusesjackson",
            "JsonVerdict"),
        violation(
            "plugins independent of the core",
            ArchitectureRules::pluginsAreIndependentOfTheCore,
            "pluginusesdomain",
            "SneakyCheck"),
        violation(
            "adapters independent of each other",
            ArchitectureRules::adaptersAreIndependentOfEachOther,
            "adapterusesadapter",
            "WebEndpoint"),
        violation(
            "only bootstrap uses Guice",
            ArchitectureRules::onlyBootstrapUsesGuice,
            "adapterusesguice",
            "InjectedEndpoint"),
        violation(
            "inbound ports are use cases or queries",
            ArchitectureRules::inboundPortsAreUseCasesOrQueries,
            "badnames",
            "DoTheThing"),
        violation(
            "outbound ports end with Port",
            ArchitectureRules::outboundPortsEndWithPort,
            "badnames",
            "ThingStore"),
        violation(
            "use cases implemented by plain final services",
            ArchitectureRules::useCasesAreImplementedByPlainServices,
            "badnames",
            "ThingDoer"),
        violation(
            "no package cycles", ArchitectureRules::noPackageCycles, "packagecycle", "Cycle"));
  }

  private static DynamicTest violation(
      String name, Function<String, ArchRule> rule, String fixture, String expectedInReport) {
    return DynamicTest.dynamicTest(
        name + " fails on fixture " + fixture,
        () -> {
          String root = FIXTURES + "." + fixture;
          var classes = new ClassFileImporter().importPackages(root);
          assertThatThrownBy(() -> rule.apply(root).check(classes))
              .isInstanceOf(AssertionError.class)
              .hasMessageContaining(expectedInReport);
        });
  }
}
