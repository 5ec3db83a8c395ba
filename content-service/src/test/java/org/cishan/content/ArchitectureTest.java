package org.cishan.content;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.cishan.support.testing.ServiceArchitecture;

/**
 * The package arrows of content-service. {@code domain} knows nothing of Spring, SQL or the
 * contracts; only {@code messaging} sees the contracts and maps them to commands at the edge. The
 * web layer reaches the tables only through the command services and the read model.
 */
@AnalyzeClasses(
    packages = ArchitectureTest.BASE,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String BASE = "org.cishan.content";

  @ArchTest
  static final ArchRule domainDependsOnNothingOutward =
      ServiceArchitecture.domainDependsOnNothingOutward(BASE);

  @ArchTest
  static final ArchRule onlyMessagingSeesTheContracts =
      ServiceArchitecture.onlyMessagingSeesTheContracts(BASE);

  @ArchTest
  static final ArchRule webNeverTouchesSqlOrTheStores =
      ServiceArchitecture.webNeverTouchesSqlOrTheStores(BASE);

  @ArchTest
  static final ArchRule commandSideKnowsNoOuterLayer =
      ServiceArchitecture.commandSideKnowsNoOuterLayer(BASE);

  /** The read model may not use the command side either (it reads its own tables). */
  @ArchTest
  static final ArchRule readModelKnowsNoOuterLayer =
      ServiceArchitecture.readModelsKnowNeitherWebNorMessaging(BASE)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage(BASE + ".command..");

  @ArchTest
  static final ArchRule messagingKnowsNeitherWebNorReadModel =
      ServiceArchitecture.messagingKnowsNeitherWebNorReadModels(BASE);

  @ArchTest
  static final ArchRule rolesAreFreeOfCycles = ServiceArchitecture.rolesAreFreeOfCycles(BASE);
}
