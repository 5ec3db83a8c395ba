package org.cishan.donation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.donation.command.AllocateFundsCommand;
import org.cishan.donation.command.ConfirmDonationCommand;
import org.cishan.donation.command.DisburseFundsCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.RecordProjectStatusCommand;
import org.cishan.donation.command.RefundDonationCommand;
import org.cishan.donation.command.ReleaseRestrictionCommand;
import org.cishan.donation.command.ReverseAllocationCommand;
import org.cishan.donation.event.AllocationReversedEvent;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.event.FundsDrawnEvent;
import org.cishan.donation.event.FundsReturnedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Allocation and reversal over the fund and the donations drawn from, each one unit of work: the
 * happy paths and every refusal, which must leave no event behind.
 */
class FundAllocatorTest {

  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final UUID OTHER_PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b002");
  static final UUID ALLOCATION = UUID.fromString("00000000-0000-0000-0000-00000000a001");

  final InMemoryLedger ledger = new InMemoryLedger();

  @AfterEach
  void close() {
    ledger.close();
  }

  @Nested
  class Allocating {

    @Test
    void drawsTheOldestDonationsFirstAndRecordsEveryDraw() {
      project(PROJECT, ProjectStatus.APPROVED);
      UUID oldest = confirmedGift(6_000, null);
      UUID middle = confirmedGift(3_000, null);
      UUID newest = confirmedGift(5_000, null);

      allocate(ALLOCATION, PROJECT, 10_000);

      FundsAllocatedEvent allocated = theAllocation(PROJECT);
      assertThat(allocated.draws())
          .containsExactly(
              new Draw(oldest, 6_000), new Draw(middle, 3_000), new Draw(newest, 1_000));
      assertThat(allocated.amount()).isEqualTo(cny(10_000));
      assertThat(ledger.eventsOf(newest))
          .contains(new FundsDrawnEvent(newest, ALLOCATION, PROJECT, cny(1_000)));
    }

    @Test
    void drawsTheProjectsRestrictedGiftsBeforeUnrestrictedOnesAndNeverAnotherProjectsGifts() {
      project(PROJECT, ProjectStatus.APPROVED);
      UUID unrestricted = confirmedGift(5_000, null);
      UUID forOtherProject = confirmedGift(5_000, OTHER_PROJECT);
      UUID forThisProject = confirmedGift(2_000, PROJECT);

      allocate(ALLOCATION, PROJECT, 4_000);

      assertThat(theAllocation(PROJECT).draws())
          .containsExactly(new Draw(forThisProject, 2_000), new Draw(unrestricted, 2_000));
      assertThat(ledger.eventsOf(forOtherProject)).noneMatch(FundsDrawnEvent.class::isInstance);
    }

    @Test
    void aRestrictedGiftReachesAnotherProjectOnlyOnceReleased() {
      project(OTHER_PROJECT, ProjectStatus.IMPLEMENTING);
      UUID restricted = confirmedGift(5_000, PROJECT);
      assertRefused(() -> allocate(ALLOCATION, OTHER_PROJECT, 1_000), "insufficient-funds");

      ledger.send(new ReleaseRestrictionCommand(restricted, "项目终止，捐赠人同意", "finance-2"));
      allocate(ALLOCATION, OTHER_PROJECT, 1_000);

      assertThat(theAllocation(OTHER_PROJECT).draws()).containsExactly(new Draw(restricted, 1_000));
    }

    @Test
    void refusesMoreThanTheAvailableMoneyAndStoresNoDraw() {
      project(PROJECT, ProjectStatus.APPROVED);
      confirmedGift(6_000, null);
      UUID refundedInPart = confirmedGift(3_000, null);
      ledger.send(
          new RefundDonationCommand(
              refundedInPart, UUID.randomUUID(), cny(1_000), "捐赠人要求退回", "finance-1"));
      ledger.send(receive(UUID.randomUUID(), 9_000, null));
      long before = ledger.eventCount();

      assertRefused(() -> allocate(ALLOCATION, PROJECT, 8_001), "insufficient-funds");

      assertThat(ledger.eventCount()).isEqualTo(before);
      allocate(ALLOCATION, PROJECT, 8_000);
    }

    @Test
    void refusesMoreThanThePoolHoldsBeforeReadingASingleCandidate() {
      project(PROJECT, ProjectStatus.APPROVED);
      confirmedGift(6_000, null);
      confirmedGift(3_000, PROJECT);
      long before = ledger.eventCount();

      assertRefused(() -> allocate(ALLOCATION, PROJECT, 9_001), "insufficient-funds");

      assertThat(ledger.candidatePagesRead())
          .as("refused from the pool's sum: no donation was loaded, however large the pool")
          .isZero();
      assertThat(ledger.eventCount()).isEqualTo(before);
    }

    @Test
    void refusesAProjectThatIsNotApprovedIsClosedOrIsUnknown() {
      confirmedGift(6_000, null);
      assertRefused(
          () -> allocate(ALLOCATION, PROJECT, 1_000), "project-not-accepting-allocations");
      project(PROJECT, ProjectStatus.DRAFT);
      assertRefused(
          () -> allocate(ALLOCATION, PROJECT, 1_000), "project-not-accepting-allocations");
      project(OTHER_PROJECT, ProjectStatus.CLOSED);
      assertRefused(
          () -> allocate(ALLOCATION, OTHER_PROJECT, 1_000), "project-not-accepting-allocations");
    }

    @Test
    void aRetryChangesNothingAndTheSameIdForAnotherAmountIsRefused() {
      project(PROJECT, ProjectStatus.APPROVED);
      confirmedGift(6_000, null);
      allocate(ALLOCATION, PROJECT, 1_000);
      long after = ledger.eventCount();

      allocate(ALLOCATION, PROJECT, 1_000);
      assertThat(ledger.eventCount()).isEqualTo(after);
      assertRefused(() -> allocate(ALLOCATION, PROJECT, 2_000), "allocation-id-reused");
    }

    @Test
    void refusesBadInput() {
      project(PROJECT, ProjectStatus.APPROVED);
      confirmedGift(6_000, null);
      assertThatThrownBy(() -> allocate(ALLOCATION, PROJECT, 0))
          .isInstanceOf(RuleViolationException.class);
      assertThatThrownBy(
              () ->
                  ledger.send(new AllocateFundsCommand(null, PROJECT, cny(100), null, "finance-1")))
          .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRestrictedGiftIsAllocatedFromItselfOnly() {
      project(PROJECT, ProjectStatus.APPROVED);
      confirmedGift(9_000, null);
      UUID restricted = confirmedGift(2_000, PROJECT);

      ledger.send(
          new AllocateFundsCommand(
              ALLOCATION, PROJECT, cny(2_000), restricted, AllocateFundsCommand.RESTRICTED_GIFT));

      assertThat(theAllocation(PROJECT).draws()).containsExactly(new Draw(restricted, 2_000));
    }
  }

  @Test
  void aReleasedGiftIsNotAllocatedAsARestrictedGift() {
    project(PROJECT, ProjectStatus.APPROVED);
    UUID released = confirmedGift(2_000, PROJECT);
    ledger.send(new ReleaseRestrictionCommand(released, "捐赠人同意", "finance-2"));

    assertRefused(
        () ->
            ledger.send(
                new AllocateFundsCommand(
                    ALLOCATION,
                    PROJECT,
                    cny(2_000),
                    released,
                    AllocateFundsCommand.RESTRICTED_GIFT)),
        "not-restricted");
  }

  @Nested
  class Reversing {

    @Test
    void givesEveryDrawBackAndTheMoneyCanBeAllocatedAgain() {
      project(PROJECT, ProjectStatus.APPROVED);
      UUID first = confirmedGift(6_000, null);
      UUID second = confirmedGift(3_000, null);
      allocate(ALLOCATION, PROJECT, 8_000);

      ledger.send(new ReverseAllocationCommand(PROJECT, ALLOCATION, "项目选错", "finance-1"));

      assertThat(ledger.eventsOf(first))
          .contains(new FundsReturnedEvent(first, ALLOCATION, PROJECT, cny(6_000)));
      assertThat(ledger.eventsOf(second))
          .contains(new FundsReturnedEvent(second, ALLOCATION, PROJECT, cny(2_000)));
      assertThat(InMemoryLedger.ofType(ledger.fundEventsOf(PROJECT), AllocationReversedEvent.class))
          .singleElement()
          .satisfies(r -> assertThat(r.allocationId()).isEqualTo(ALLOCATION));
      allocate(UUID.randomUUID(), PROJECT, 9_000);
    }

    @Test
    void reversingAgainChangesNothing() {
      project(PROJECT, ProjectStatus.APPROVED);
      confirmedGift(6_000, null);
      allocate(ALLOCATION, PROJECT, 1_000);
      ledger.send(new ReverseAllocationCommand(PROJECT, ALLOCATION, "项目选错", "finance-1"));
      long after = ledger.eventCount();

      ledger.send(new ReverseAllocationCommand(PROJECT, ALLOCATION, "项目选错", "finance-1"));

      assertThat(ledger.eventCount()).isEqualTo(after);
    }

    @Test
    void refusesAnAllocationPartlyDisbursedOrUnknownOrWithoutReason() {
      project(PROJECT, ProjectStatus.APPROVED);
      confirmedGift(6_000, null);
      allocate(ALLOCATION, PROJECT, 5_000);
      ledger.send(
          new DisburseFundsCommand(
              PROJECT, UUID.randomUUID(), cny(1), "石门县民政局", "记-15", "finance-1"));

      assertRefused(
          () -> ledger.send(new ReverseAllocationCommand(PROJECT, ALLOCATION, "错配", "finance-1")),
          "allocation-partly-disbursed");
      assertRefused(
          () ->
              ledger.send(
                  new ReverseAllocationCommand(PROJECT, UUID.randomUUID(), "错配", "finance-1")),
          "unknown-allocation");
      assertThatThrownBy(
              () -> ledger.send(new ReverseAllocationCommand(PROJECT, ALLOCATION, "", "f")))
          .isInstanceOf(RuleViolationException.class);
    }
  }

  void project(UUID projectId, ProjectStatus status) {
    ledger.send(new RecordProjectStatusCommand(projectId, status, "XQ-7", "敬老院改造", Instant.now()));
  }

  /** A gift in hand; a project it is restricted to and the ledger does not know yet is a draft. */
  UUID confirmedGift(long fen, UUID restrictedTo) {
    if (restrictedTo != null && ledger.fundEventsOf(restrictedTo).isEmpty()) {
      project(restrictedTo, ProjectStatus.DRAFT);
    }
    UUID id = UUID.randomUUID();
    ledger.send(receive(id, fen, restrictedTo));
    ledger.send(new ConfirmDonationCommand(id, "finance-1"));
    return id;
  }

  static ReceiveDonationCommand receive(UUID id, long fen, UUID restrictedTo) {
    return new ReceiveDonationCommand(id, "张三", cny(fen), restrictedTo, null, null);
  }

  void allocate(UUID allocationId, UUID projectId, long fen) {
    ledger.send(new AllocateFundsCommand(allocationId, projectId, cny(fen), null, "finance-1"));
  }

  FundsAllocatedEvent theAllocation(UUID projectId) {
    List<FundsAllocatedEvent> allocations =
        InMemoryLedger.ofType(ledger.fundEventsOf(projectId), FundsAllocatedEvent.class).toList();
    assertThat(allocations).hasSize(1);
    return allocations.get(0);
  }

  static void assertRefused(Runnable command, String rule) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            LedgerConflictException.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }

  static Money cny(long fen) {
    return Money.of(fen, "CNY");
  }
}
