package org.cishan.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package arrows of identity-service: the domain knows nothing outward; the web reaches
 * accounts only through commands and queries; only config wires things together; no cycles.
 */
@AnalyzeClasses(
    packages = "org.cishan.identity",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnNothingOutward =
      classes()
          .that()
          .resideInAPackage("..identity.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("..identity.domain..", "java..");

  @ArchTest
  static final ArchRule webNeverTouchesTheStoreOrSignInInternals =
      noClasses()
          .that()
          .resideInAPackage("..identity.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..identity.store..", "..identity.login..", "org.springframework.jdbc..");

  @ArchTest
  static final ArchRule onlyStoreTalksSql =
      noClasses()
          .that()
          .resideOutsideOfPackages("..identity.store..", "..identity.config..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.jdbc..");

  @ArchTest
  static final ArchRule nothingDependsOnConfigOrWeb =
      noClasses()
          .that()
          .resideOutsideOfPackages("..identity.config..", "..identity.web..")
          .and()
          .doNotHaveSimpleName("IdentityApplication")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..identity.config..", "..identity.web..");

  @ArchTest
  static final ArchRule onlyMessagingSeesContracts =
      noClasses()
          .that()
          .resideOutsideOfPackage("..identity.messaging..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.cishan.contracts..");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.cishan.identity.(*)..").should().beFreeOfCycles();
}
