package org.cishan.donation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.cishan.donation.command.AllocateFundsCommand;
import org.cishan.donation.command.ConfirmDonationCommand;
import org.cishan.donation.command.DisburseFundsCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.RecordProjectStatusCommand;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ADR 9: donations and project funds share one event store, and both are named by UUIDs that others
 * choose. A donation's stream is its bare UUID; every other aggregate type's stream is its type in
 * kebab case, a colon and the UUID — so no id a donor picks can name, claim or break a fund.
 */
class LedgerIdsTest {

  static final String DOMAIN = "org.cishan.donation.domain";

  @Nested
  class TheRule {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "00000000-0000-0000-0000-000000000000",
          "0b19553c-1889-434c-99ac-2c61f9b66caa",
          "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"
        })
    void noDonationIdEqualsAFundsStreamIdNorParsesFromIt(String uuid) {
      UUID id = UUID.fromString(uuid);
      String fund = LedgerIds.projectFund(id);

      assertThat(fund).isEqualTo("project-fund:" + id);
      assertThat(LedgerIds.donation(id)).isEqualTo(id.toString()).doesNotContain(":");
      assertThatThrownBy(() -> UUID.fromString(fund)).isInstanceOf(IllegalArgumentException.class);
      assertThat(LedgerIds.publicIdOf(fund)).isEqualTo(id.toString());
      assertThat(LedgerIds.publicIdOf(LedgerIds.donation(id))).isEqualTo(id.toString());
    }

    @Test
    void everyAggregateButDonationIsIdentifiedByAStringWithItsTypeAsPrefix() {
      List<Class<?>> aggregates = aggregateTypes();
      assertThat(aggregates).contains(Donation.class, ProjectFund.class);
      for (Class<?> aggregate : aggregates) {
        Class<?> idType = identifierField(aggregate).getType();
        if (aggregate == Donation.class) {
          assertThat(idType).as("Donation's identifier").isEqualTo(UUID.class);
        } else {
          assertThat(idType)
              .as("%s's identifier", aggregate.getSimpleName())
              .isEqualTo(String.class);
          assertThat(prefixOf(aggregate)).isEqualTo(LedgerIds.PROJECT_FUND);
        }
      }
    }

    @Test
    void everyCommandAnAggregateHandlesTargetsItsStreamAsTheRuleSays() throws Exception {
      for (Class<?> aggregate : aggregateTypes()) {
        for (Method handler : aggregate.getDeclaredMethods()) {
          if (!handler.isAnnotationPresent(CommandHandler.class)) {
            continue;
          }
          Class<?> commandType = handler.getParameterTypes()[0];
          UUID id = UUID.randomUUID();
          Object command = withEveryUuid(commandType, id);
          String target =
              AnnotationCommandTargetResolver.builder()
                  .build()
                  .resolveTarget(GenericCommandMessage.asCommandMessage(command))
                  .getIdentifier();
          assertThat(target)
              .as("the stream %s targets", commandType.getSimpleName())
              .isEqualTo(aggregate == Donation.class ? id.toString() : prefixOf(aggregate) + id);
        }
      }
    }

    private static List<Class<?>> aggregateTypes() {
      JavaClasses domain =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages(DOMAIN);
      List<Class<?>> aggregates = new ArrayList<>();
      for (JavaClass type : domain) {
        if (type.getAllFields().stream()
            .anyMatch(f -> f.isAnnotatedWith(AggregateIdentifier.class))) {
          aggregates.add(type.reflect());
        }
      }
      return aggregates;
    }

    private static java.lang.reflect.Field identifierField(Class<?> aggregate) {
      for (java.lang.reflect.Field field : aggregate.getDeclaredFields()) {
        if (field.isAnnotationPresent(AggregateIdentifier.class)) {
          return field;
        }
      }
      throw new AssertionError(aggregate + " has no @AggregateIdentifier field");
    }

    /** {@code ProjectFund} → {@code project-fund:}. */
    private static String prefixOf(Class<?> aggregate) {
      return aggregate.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + ":";
    }

    /** A command record with {@code id} in every UUID component and nothing else set. */
    private static Object withEveryUuid(Class<?> record, UUID id) throws Exception {
      RecordComponent[] components = record.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = types[i] == UUID.class ? id : types[i] == boolean.class ? Boolean.FALSE : null;
      }
      return record.getDeclaredConstructor(types).newInstance(values);
    }
  }

  @Nested
  class InTheLedger {

    static final UUID SHARED = UUID.fromString("0b19553c-1889-434c-99ac-2c61f9b66caa");

    @Test
    void aDonationUnderAProjectsIdIsADonationAndTheFundStaysWhole() {
      try (InMemoryLedger ledger = new InMemoryLedger()) {
        ledger.send(
            new RecordProjectStatusCommand(
                SHARED, ProjectStatus.APPROVED, "XQ-1", "敬老院改造", Instant.now()));
        ledger.send(
            new ReceiveDonationCommand(
                SHARED, "张三", Money.of(5_000, "CNY"), null, null, "finance-1"));
        ledger.send(new ConfirmDonationCommand(SHARED, "finance-1"));

        UUID allocation = UUID.randomUUID();
        ledger.send(
            new AllocateFundsCommand(
                allocation, SHARED, Money.of(3_000, "CNY"), null, "finance-1"));
        ledger.send(
            new DisburseFundsCommand(
                SHARED, UUID.randomUUID(), Money.of(1_000, "CNY"), "民政局", "记-1", "finance-1"));

        assertThat(InMemoryLedger.ofType(ledger.fundEventsOf(SHARED), FundsAllocatedEvent.class))
            .singleElement()
            .satisfies(a -> assertThat(a.draws()).containsExactly(new Draw(SHARED, 3_000)));
        assertThat(ledger.eventsOf(SHARED))
            .as("the donation's own stream holds only donation events")
            .allSatisfy(e -> assertThat(e.getClass().getSimpleName()).doesNotStartWith("Project"))
            .hasSize(3);
      }
    }
  }
}
