package org.cishan.donation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.axonframework.eventhandling.Timestamp;
import org.cishan.donation.domain.Donation;
import org.cishan.support.testing.ServiceArchitecture;

/**
 * The package arrows of donation-service. The write model is {@code domain} (aggregate, value
 * objects, rules) with its own messages in {@code command} and {@code event}: the aggregate handles
 * the commands and applies the events, which carry domain values, so these three form one unit and
 * are checked for cycles as one slice. Only {@code messaging} sees the public contracts; the web
 * layer has its own JSON records and never touches the aggregate or the event store's internals.
 */
@AnalyzeClasses(
    packages = "org.cishan.donation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String BASE = "org.cishan.donation";
  static final Set<String> WRITE_MODEL = Set.of("domain", "command", "event");

  @ArchTest
  static final ArchRule domainDependsOnNothingOutward =
      classes()
          .that()
          .resideInAPackage(BASE + ".domain..")
          .should()
          .onlyDependOnClassesThat(
              JavaClass.Predicates.resideInAnyPackage(
                      "java..",
                      "org.axonframework.modelling..",
                      "org.axonframework.eventsourcing..",
                      "org.axonframework.commandhandling..",
                      BASE + ".domain..",
                      BASE + ".command..",
                      BASE + ".event..")
                  // the annotation that hands an event-sourcing handler its event's time
                  .or(JavaClass.Predicates.equivalentTo(Timestamp.class)));

  @ArchTest
  static final ArchRule commandsAndEventsCarryOnlyDomainValues =
      classes()
          .that()
          .resideInAnyPackage(BASE + ".command..", BASE + ".event..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "org.axonframework.modelling.command..",
              "org.axonframework.serialization..",
              BASE + ".domain..");

  @ArchTest
  static final ArchRule onlyMessagingSeesTheContracts =
      ServiceArchitecture.onlyMessagingSeesTheContracts(BASE);

  @ArchTest
  static final ArchRule webNeverTouchesTheAggregateOrTheEventStore =
      noClasses()
          .that()
          .resideInAPackage(BASE + ".web..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(Donation.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.axonframework.eventsourcing..", "org.springframework.jdbc..", BASE + ".event..");

  @ArchTest
  static final ArchRule readModelsKnowNeitherWebNorMessaging =
      ServiceArchitecture.readModelsKnowNeitherWebNorMessaging(BASE);

  @ArchTest
  static final ArchRule messagingKnowsNeitherWebNorReadModels =
      ServiceArchitecture.messagingKnowsNeitherWebNorReadModels(BASE);

  @ArchTest
  static final ArchRule rolesAreFreeOfCycles =
      slices().assignedFrom(new RoleSlices()).should().beFreeOfCycles();

  /** One slice per role (per read model under query), the write model as one. */
  static class RoleSlices implements SliceAssignment {

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (!name.startsWith(BASE + ".")) {
        return SliceIdentifier.ignore();
      }
      String[] parts = name.substring(BASE.length() + 1).split("\\.");
      if (WRITE_MODEL.contains(parts[0])) {
        return SliceIdentifier.of("write model");
      }
      return SliceIdentifier.of(
          parts[0].equals("query") && parts.length > 1 ? "query." + parts[1] : parts[0]);
    }

    @Override
    public String getDescription() {
      return "roles of donation-service";
    }
  }
}
