package org.cishan.donation.domain;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cishan.donation.command.DisburseFundsCommand;
import org.cishan.donation.command.RecordProjectStatusCommand;
import org.cishan.donation.event.AllocationReversedEvent;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.event.FundsDisbursedEvent;
import org.cishan.donation.event.ProjectStatusRecordedEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A project's fund: what the ledger knows of the project, and paying its partner. */
class ProjectFundTest {

  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-00000000a002");
  static final UUID DONOR_A = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  static final UUID DONOR_B = UUID.fromString("00000000-0000-0000-0000-00000000d002");
  static final UUID DONOR_C = UUID.fromString("00000000-0000-0000-0000-00000000d003");
  static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-00000000c001");
  static final UUID SECOND_PAYMENT = UUID.fromString("00000000-0000-0000-0000-00000000c002");
  static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
  static final String PARTNER = "石门县民政局";

  static final ProjectStatusRecordedEvent APPROVED =
      new ProjectStatusRecordedEvent(PROJECT, ProjectStatus.APPROVED, "XQ-7", "敬老院改造", MONDAY);
  static final FundsAllocatedEvent FIRST_ALLOCATION =
      new FundsAllocatedEvent(
          PROJECT,
          FIRST,
          cny(5_000),
          List.of(new Draw(DONOR_A, 3_000), new Draw(DONOR_B, 2_000)),
          "finance-1");
  static final FundsAllocatedEvent SECOND_ALLOCATION =
      new FundsAllocatedEvent(
          PROJECT, SECOND, cny(4_000), List.of(new Draw(DONOR_C, 4_000)), "finance-1");

  final AggregateTestFixture<ProjectFund> fixture = new AggregateTestFixture<>(ProjectFund.class);

  @Nested
  class LearningTheProject {

    @Test
    void startsTheFundWithTheFirstNewsOfTheProject() {
      fixture
          .givenNoPriorActivity()
          .when(status(ProjectStatus.APPROVED, MONDAY))
          .expectEvents(APPROVED);
    }

    @Test
    void recordsLaterNewsAndIgnoresOlderNews() {
      fixture
          .given(APPROVED)
          .when(status(ProjectStatus.CLOSED, MONDAY.plusSeconds(60)))
          .expectEvents(
              new ProjectStatusRecordedEvent(
                  PROJECT, ProjectStatus.CLOSED, "XQ-7", "敬老院改造", MONDAY.plusSeconds(60)));
      new AggregateTestFixture<>(ProjectFund.class)
          .given(APPROVED)
          .when(status(ProjectStatus.DRAFT, MONDAY.minusSeconds(60)))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class Disbursing {

    @Test
    void paysTheOldestAllocationsDrawsFirstAndNamesWhoseMoneyItWas() {
      fixture
          .given(APPROVED, FIRST_ALLOCATION, SECOND_ALLOCATION)
          .when(disburse(PAYMENT, 6_000))
          .expectEvents(
              new FundsDisbursedEvent(
                  PROJECT,
                  PAYMENT,
                  cny(6_000),
                  List.of(
                      new Draw(DONOR_A, 3_000), new Draw(DONOR_B, 2_000), new Draw(DONOR_C, 1_000)),
                  PARTNER,
                  "记-15",
                  "finance-1"));
    }

    @Test
    void continuesWhereTheLastPaymentStopped() {
      fixture
          .given(
              APPROVED,
              FIRST_ALLOCATION,
              disbursed(PAYMENT, 3_500, List.of(new Draw(DONOR_A, 3_000), new Draw(DONOR_B, 500))))
          .when(disburse(SECOND_PAYMENT, 1_500))
          .expectEvents(
              new FundsDisbursedEvent(
                  PROJECT,
                  SECOND_PAYMENT,
                  cny(1_500),
                  List.of(new Draw(DONOR_B, 1_500)),
                  PARTNER,
                  "记-15",
                  "finance-1"))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesMoreThanAllocatedAndNotYetDisbursed() {
      fixture
          .given(
              APPROVED,
              FIRST_ALLOCATION,
              disbursed(PAYMENT, 3_000, List.of(new Draw(DONOR_A, 3_000))))
          .when(disburse(UUID.randomUUID(), 2_001))
          .expectException(LedgerConflictException.class)
          .expectExceptionMessage(containsString("2000"))
          .expectNoEvents();
    }

    @Test
    void reversedMoneyCannotBePaid() {
      fixture
          .given(
              APPROVED,
              FIRST_ALLOCATION,
              new AllocationReversedEvent(
                  PROJECT, FIRST, cny(5_000), FIRST_ALLOCATION.draws(), "错配", "finance-1"))
          .when(disburse(PAYMENT, 1))
          .expectException(LedgerConflictException.class);
    }

    @Test
    void aRetryChangesNothingAndTheSameIdForAnotherPaymentIsRefused() {
      FundsDisbursedEvent paid = disbursed(PAYMENT, 3_000, List.of(new Draw(DONOR_A, 3_000)));
      fixture
          .given(APPROVED, FIRST_ALLOCATION, paid)
          .when(disburse(PAYMENT, 3_000))
          .expectNoEvents();
      new AggregateTestFixture<>(ProjectFund.class)
          .given(APPROVED, FIRST_ALLOCATION, paid)
          .when(disburse(PAYMENT, 2_000))
          .expectException(LedgerConflictException.class);
    }

    @Test
    void aClosedProjectIsPaidNothingAnEvaluatedOneStillIs() {
      fixture
          .given(allocatedThen(ProjectStatus.CLOSED))
          .when(disburse(PAYMENT, 1_000))
          .expectException(LedgerConflictException.class)
          .expectExceptionMessage(containsString("CLOSED"));
      new AggregateTestFixture<>(ProjectFund.class)
          .given(allocatedThen(ProjectStatus.UNDER_EVALUATION))
          .when(disburse(PAYMENT, 1_000))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesBadInput() {
      fixture
          .given(APPROVED, FIRST_ALLOCATION)
          .when(disburse(PAYMENT, 0))
          .expectException(RuleViolationException.class);
      new AggregateTestFixture<>(ProjectFund.class)
          .given(APPROVED, FIRST_ALLOCATION)
          .when(new DisburseFundsCommand(PROJECT, PAYMENT, cny(1), " ", "记-15", "finance-1"))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage(containsString("partner"));
      new AggregateTestFixture<>(ProjectFund.class)
          .given(APPROVED, FIRST_ALLOCATION)
          .when(new DisburseFundsCommand(PROJECT, PAYMENT, cny(1), PARTNER, null, "finance-1"))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage(containsString("voucherReference"));
      new AggregateTestFixture<>(ProjectFund.class)
          .given(APPROVED, FIRST_ALLOCATION)
          .when(new DisburseFundsCommand(PROJECT, null, cny(1), PARTNER, "记-15", "finance-1"))
          .expectException(RuleViolationException.class);
    }
  }

  private static Object[] allocatedThen(ProjectStatus status) {
    return new Object[] {
      APPROVED,
      FIRST_ALLOCATION,
      new ProjectStatusRecordedEvent(PROJECT, status, "XQ-7", "敬老院改造", MONDAY.plusSeconds(1))
    };
  }

  static RecordProjectStatusCommand status(ProjectStatus status, Instant at) {
    return new RecordProjectStatusCommand(PROJECT, status, "XQ-7", "敬老院改造", at);
  }

  static DisburseFundsCommand disburse(UUID id, long fen) {
    return new DisburseFundsCommand(PROJECT, id, cny(fen), PARTNER, "记-15", "finance-1");
  }

  static FundsDisbursedEvent disbursed(UUID id, long fen, List<Draw> draws) {
    return new FundsDisbursedEvent(PROJECT, id, cny(fen), draws, PARTNER, "记-15", "finance-1");
  }

  static Money cny(long fen) {
    return Money.of(fen, "CNY");
  }
}
