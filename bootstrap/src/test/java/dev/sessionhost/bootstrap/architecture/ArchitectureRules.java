package dev.sessionhost.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The architecture's rules, each built for a root package so that the same rule checks the product
 * ({@code dev.sessionhost}) and, in tests, a small fixture that breaks it.
 */
final class ArchitectureRules {

  private ArchitectureRules() {}

  /** Dependencies point inward: each layer is used only by the layers outside it. */
  static ArchRule layers(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain")
        .definedBy(root + ".domain..")
        .layer("Application")
        .definedBy(root + ".application..")
        .layer("PluginApi")
        .definedBy(root + ".plugin.api..")
        .layer("Plugins")
        .definedBy(root + ".plugins..")
        .layer("Wire")
        .definedBy(root + ".wire..")
        .layer("Support")
        .definedBy(root + ".support..")
        .layer("Adapters")
        .definedBy(root + ".adapter..")
        .layer("Bootstrap")
        .definedBy(root + ".bootstrap..")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Wire", "Adapters", "Bootstrap")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Wire", "Adapters", "Bootstrap")
        .whereLayer("Wire")
        .mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
        .whereLayer("Support")
        .mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
        .whereLayer("PluginApi")
        .mayOnlyBeAccessedByLayers("Plugins", "Adapters", "Bootstrap")
        .whereLayer("Plugins")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Adapters")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Bootstrap")
        .mayNotBeAccessedByAnyLayer();
  }

  /** The domain is plain Java: the JDK and itself, nothing else. */
  static ArchRule domainDependsOnTheJdkOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..")
        .because("the domain is a pure model: no framework, no I/O");
  }

  /** The application depends on the JDK and the domain: no framework. */
  static ArchRule applicationDependsOnTheDomainOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
        .because("use cases and services are plain Java, wired by bootstrap");
  }

  /** The plugin SDK is a published contract: the JDK and PF4J only. */
  static ArchRule pluginApiDependsOnTheJdkAndPf4jOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".plugin.api..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.pf4j..", root + ".plugin.api..")
        .because("third parties compile against the SDK; it must not drag the core along");
  }

  /** Plugins, and the SDK they compile against, never reach into the core. */
  static ArchRule pluginsAreIndependentOfTheCore(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".plugin.api..", root + ".plugins..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            root + ".domain..", root + ".application..", root + ".adapter..", root + ".bootstrap..")
        .because("plugins see the SDK only, so the core can change without breaking them");
  }

  /**
   * A support module (the positioned YAML reader) is a library of ours for the outer modules: it
   * uses nothing of ours but the support modules, so that any adapter and bootstrap can share it.
   */
  static ArchRule supportDependsOnNothingOfOurs(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".support..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage(root + "..")
                .and(JavaClass.Predicates.resideOutsideOfPackage(root + ".support..")))
        .because("a support module is shared by adapters and bootstrap and sits below them all");
  }

  /** No adapter depends on another adapter: each technology can be swapped alone. */
  static ArchRule adaptersAreIndependentOfEachOther(String root) {
    return slices()
        .matching(root + ".adapter.(*).(*)..")
        .namingSlices("adapter $1.$2")
        .should()
        .notDependOnEachOther();
  }

  /** Only bootstrap wires with Guice; everything else is plain Java. */
  static ArchRule onlyBootstrapUsesGuice(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + ".bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..", "javax.inject..", "jakarta.inject..")
        .because("choosing implementations is bootstrap's job");
  }

  /** Inbound ports are use cases or queries. */
  static ArchRule inboundPortsAreUseCasesOrQueries(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.in..")
        .and()
        .areInterfaces()
        .should()
        .haveSimpleNameEndingWith("UseCase")
        .orShould()
        .haveSimpleNameEndingWith("Query");
  }

  /**
   * Outbound ports are named Verb+Noun+Port, or Noun+Repository for the broker's stores, which the
   * issue that introduced them names so (handles nested in a port that it hands back excepted). A
   * functional interface is a port like any other.
   */
  static ArchRule outboundPortsEndWithPort(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.out..")
        .and()
        .areInterfaces()
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameEndingWith("Port")
        .orShould()
        .haveSimpleNameEndingWith("Repository");
  }

  /** Whatever implements a use case is a final, annotation-free ...Service. */
  static ArchRule useCasesAreImplementedByPlainServices(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .and()
        .implement(
            DescribedPredicate.describe(
                "an inbound port",
                (JavaClass type) ->
                    type.getPackageName().startsWith(root + ".application.port.in")))
        .should()
        .haveSimpleNameEndingWith("Service")
        .andShould()
        .haveModifier(JavaModifier.FINAL)
        .andShould()
        .resideInAPackage(root + ".application.service..")
        .andShould()
        .notBeAnnotatedWith(
            DescribedPredicate.describe("any annotation", (JavaAnnotation<?> a) -> true));
  }

  /**
   * Each outbound adapter uses the JDK, the core (domain, application), the SDK, the wire formats,
   * the support modules, itself, and the technologies declared for it in {@code technologies} (by
   * the adapter's package segment, such as {@code jdbc}); an adapter with no declaration fails, so
   * a new one must say what it brings in.
   */
  static ArchRule outboundAdaptersUseOnlyTheirTechnology(
      String root, Map<String, List<String>> technologies) {
    String adapters = root + ".adapter.out.";
    return importGuard(
        adapters,
        "depend only on the JDK, the core, the SDK, the wire, support and their declared technology",
        "outbound adapter",
        adapter ->
            Optional.ofNullable(technologies.get(adapter))
                .map(
                    technology ->
                        concat(
                            technology,
                            "java",
                            root + ".domain",
                            root + ".application",
                            root + ".plugin.api",
                            root + ".wire",
                            root + ".support",
                            adapters + adapter)));
  }

  /**
   * A plugin uses the JDK, PF4J, the SDK, itself and the libraries declared for it in {@code
   * libraries} (by the plugin's package segment; none when absent): never another plugin, whose
   * classes its own class loader does not see.
   */
  static ArchRule pluginsUseOnlyTheSdkAndTheirLibraries(
      String root, Map<String, List<String>> libraries) {
    String plugins = root + ".plugins.";
    return importGuard(
        plugins,
        "depend only on the JDK, PF4J, the SDK, themselves and their declared libraries",
        "plugin",
        plugin ->
            Optional.of(
                concat(
                    libraries.getOrDefault(plugin, List.of()),
                    "java",
                    "org.pf4j",
                    root + ".plugin.api",
                    plugins + plugin)));
  }

  /**
   * Classes under {@code prefix} depend only on the packages {@code allowedFor} gives for their
   * module (the package segment after the prefix); a module it gives nothing for is a violation.
   */
  private static ArchRule importGuard(
      String prefix,
      String description,
      String kind,
      Function<String, Optional<List<String>>> allowedFor) {
    return classes()
        .that()
        .resideInAPackage(prefix + ".")
        .should(
            new ArchCondition<JavaClass>(description) {
              @Override
              public void check(JavaClass item, ConditionEvents events) {
                String module = segmentAfter(prefix, item.getPackageName());
                Optional<List<String>> allowed = allowedFor.apply(module);
                if (allowed.isEmpty()) {
                  events.add(
                      SimpleConditionEvent.violated(
                          item,
                          item.getName()
                              + " is in "
                              + kind
                              + " '"
                              + module
                              + "', which declares no technologies"));
                  return;
                }
                reportOutside(item, allowed.get(), kind + " " + module, events);
              }
            });
  }

  private static List<String> concat(List<String> declared, String... always) {
    List<String> all = new ArrayList<>(declared);
    all.addAll(List.of(always));
    return all;
  }

  private static String segmentAfter(String prefix, String packageName) {
    String rest = packageName.startsWith(prefix) ? packageName.substring(prefix.length()) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static void reportOutside(
      JavaClass item, List<String> allowed, String who, ConditionEvents events) {
    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
      String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
      boolean inside =
          target.isEmpty()
              || allowed.stream().anyMatch(p -> target.equals(p) || target.startsWith(p + "."));
      if (!inside) {
        events.add(
            SimpleConditionEvent.violated(
                dependency,
                dependency.getDescription() + " (" + who + " may use only " + allowed + ")"));
      }
    }
  }

  /** No package depends on itself through others. */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }
}
