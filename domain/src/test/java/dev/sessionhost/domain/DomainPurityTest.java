package dev.sessionhost.domain;

import static com.tngtech.archunit.base.DescribedPredicate.doNot;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.sessionhost.domain.check.CheckStates;
import dev.sessionhost.domain.health.StatusPolicy;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: no frameworks, no I/O, no logging, no threads. */
class DomainPurityTest {

  private static final String DOMAIN = "dev.sessionhost.domain";

  /** Classes under {@code rootPackage} may use only the JDK's basics and each other. */
  static ArchRule onlyPlainJava(String rootPackage) {
    DescribedPredicate<JavaClass> basics =
        resideInAnyPackage(
                "java.lang..",
                "java.util..",
                "java.time..",
                "java.nio.charset..",
                "java.math..",
                rootPackage + "..")
            .as(
                "reside in java.lang, java.util, java.time, java.nio.charset, java.math or "
                    + rootPackage);
    DescribedPredicate<JavaClass> loggingOrThreads =
        resideInAnyPackage("java.util.logging..", "java.util.concurrent..")
            .as("reside in java.util.logging or java.util.concurrent");
    // java.lang holds the doors to the outside world too: keep them shut
    DescribedPredicate<JavaClass> outsideWorld =
        resideInAPackage("java.lang")
            .and(
                simpleName("System")
                    .or(simpleName("Runtime"))
                    .or(simpleName("ProcessBuilder"))
                    .or(simpleName("Thread")))
            .as("belong to java.lang's System, Runtime, ProcessBuilder or Thread");
    return classes()
        .that()
        .resideInAPackage(rootPackage + "..")
        .should()
        .onlyDependOnClassesThat(basics.and(doNot(loggingOrThreads)).and(doNot(outsideWorld)))
        .because("the domain is a pure model: frameworks, I/O and logging belong in adapters");
  }

  @Test
  void theDomainDependsOnlyOnPlainJava() {
    JavaClasses domain =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(DOMAIN);

    // a typo in the package would otherwise make the rule check nothing at all
    assertThat(domain.size()).isGreaterThanOrEqualTo(20);
    assertThat(domain.contain(StatusPolicy.class)).isTrue();
    assertThat(domain.contain(CheckStates.class)).as("test code is not production").isFalse();
    onlyPlainJava(DOMAIN).check(domain);
  }

  @Test
  void theRuleCatchesLoggingIoAndConcurrency() {
    String impure = "dev.sessionhost.domainfixture.impure";
    JavaClasses fixture = new ClassFileImporter().importPackages(impure);

    assertThat(fixture.size()).isPositive();
    assertThatThrownBy(() -> onlyPlainJava(impure).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyRecord")
        .hasMessageContaining("java.util.logging.Logger")
        .hasMessageContaining("java.io.File")
        .hasMessageContaining("java.util.concurrent.atomic.AtomicInteger")
        .hasMessageContaining("java.lang.System");
  }

  @Test
  void theRuleAcceptsAClassThatUsesOnlyPlainJava() {
    String pure = "dev.sessionhost.domainfixture.pure";
    JavaClasses fixture = new ClassFileImporter().importPackages(pure);

    assertThat(fixture.size()).isPositive();
    assertThatCode(() -> onlyPlainJava(pure).check(fixture)).doesNotThrowAnyException();
  }
}
