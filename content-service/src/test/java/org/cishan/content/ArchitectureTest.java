package org.cishan.content;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/**
 * The package arrows of content-service. {@code domain} knows nothing of Spring, SQL or the
 * contracts; only {@code messaging} sees the contracts and maps them to commands at the edge. The
 * web layer reaches the tables only through the command services and the read model, never through
 * SQL or the command side's store.
 */
@AnalyzeClasses(
    packages = "org.cishan.content",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String BASE = "org.cishan.content";

  @ArchTest
  static final ArchRule domainDependsOnNothingOutward =
      classes()
          .that()
          .resideInAPackage(BASE + ".domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", BASE + ".domain..");

  @ArchTest
  static final ArchRule onlyMessagingSeesTheContracts =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + ".messaging..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.cishan.contracts..");

  @ArchTest
  static final ArchRule webNeverTouchesSqlOrTheStores =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.jdbc..")
          .orShould()
          .dependOnClassesThat(
              resideInAPackage(BASE + ".command..").and(annotatedWith(Repository.class)));

  @ArchTest
  static final ArchRule commandSideKnowsNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".command..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              BASE + ".web..", BASE + ".messaging..", BASE + ".query..", BASE + ".config..");

  @ArchTest
  static final ArchRule readModelKnowsNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".query..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              BASE + ".web..", BASE + ".messaging..", BASE + ".command..", BASE + ".config..");

  @ArchTest
  static final ArchRule messagingKnowsNeitherWebNorReadModel =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".messaging..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BASE + ".web..", BASE + ".query..", BASE + ".config..");

  @ArchTest
  static final ArchRule rolesAreFreeOfCycles =
      slices().matching(BASE + ".(*)..").should().beFreeOfCycles();
}
