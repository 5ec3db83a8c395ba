package org.cishan.support.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import org.springframework.stereotype.Repository;

/**
 * The package arrows every Cishan service keeps (see STYLE.md), as ArchUnit rules for a service's
 * base package. Each service's {@code ArchitectureTest} lists the rules that apply to it, and adds
 * its own.
 */
public final class ServiceArchitecture {

  private ServiceArchitecture() {}

  /** {@code domain} knows nothing of Spring, SQL, Kafka or the contracts. */
  public static ClassesShouldConjunction domainDependsOnNothingOutward(String base) {
    return classes()
        .that()
        .resideInAPackage(base + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", base + ".domain..");
  }

  /** Only {@code messaging} maps the public contracts; inside, the service speaks its own types. */
  public static ClassesShouldConjunction onlyMessagingSeesTheContracts(String base) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(base + ".messaging..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.cishan.contracts..");
  }

  /** The web layer goes through command services and read models, never SQL or the stores. */
  public static ClassesShouldConjunction webNeverTouchesSqlOrTheStores(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework.jdbc..")
        .orShould()
        .dependOnClassesThat(
            resideInAPackage(base + ".command..").and(annotatedWith(Repository.class)));
  }

  /** The command side knows no adapter, read model or configuration. */
  public static ClassesShouldConjunction commandSideKnowsNoOuterLayer(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".command..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            base + ".web..", base + ".messaging..", base + ".query..", base + ".config..");
  }

  /** Read models know neither the adapters nor the configuration. */
  public static ClassesShouldConjunction readModelsKnowNeitherWebNorMessaging(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".query..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(base + ".web..", base + ".messaging..", base + ".config..");
  }

  /** Messaging adapters know neither the web layer nor the read models. */
  public static ClassesShouldConjunction messagingKnowsNeitherWebNorReadModels(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".messaging..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(base + ".web..", base + ".query..", base + ".config..");
  }

  /** No cycles between the top-level role packages. */
  public static ArchRule rolesAreFreeOfCycles(String base) {
    return slices().matching(base + ".(*)..").should().beFreeOfCycles();
  }
}
