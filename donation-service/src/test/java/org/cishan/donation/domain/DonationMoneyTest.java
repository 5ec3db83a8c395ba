package org.cishan.donation.domain;

import static org.cishan.donation.domain.DonationTest.DONATION;
import static org.cishan.donation.domain.DonationTest.HUNDRED_YUAN;
import static org.cishan.donation.domain.DonationTest.NOW;
import static org.cishan.donation.domain.DonationTest.PROJECT;
import static org.cishan.donation.domain.DonationTest.online;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cishan.donation.command.IssueReceiptCommand;
import org.cishan.donation.command.RefundDonationCommand;
import org.cishan.donation.command.ReleaseRestrictionCommand;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.DonationVoidedEvent;
import org.cishan.donation.event.FundsDrawnEvent;
import org.cishan.donation.event.FundsReturnedEvent;
import org.cishan.donation.event.ReceiptIssuedEvent;
import org.cishan.donation.event.RestrictionReleasedEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A confirmed donation's money: refunds, release from restriction, its receipt. */
class DonationMoneyTest {

  static final UUID REFUND = UUID.fromString("00000000-0000-0000-0000-00000000f001");
  static final UUID ALLOCATION = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  static final DonationReceivedEvent RESTRICTED =
      online(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null);
  static final DonationReceivedEvent UNRESTRICTED =
      online(DONATION, "张三", HUNDRED_YUAN, null, null, null);
  static final DonationConfirmedEvent CONFIRMED =
      new DonationConfirmedEvent(DONATION, HUNDRED_YUAN, PROJECT, NOW, "finance-1");
  static final FundsDrawnEvent SEVENTY_DRAWN =
      new FundsDrawnEvent(DONATION, ALLOCATION, PROJECT, Money.of(7_000, "CNY"));

  final AggregateTestFixture<Donation> fixture = DonationTest.newFixture();

  @Nested
  class Refunding {

    @Test
    void refundsPartOfTheUnallocatedMoneyAndNamesItsRestriction() {
      fixture
          .given(RESTRICTED, CONFIRMED, SEVENTY_DRAWN)
          .when(refund(REFUND, 3_000))
          .expectEvents(
              new DonationRefundedEvent(
                  DONATION, REFUND, Money.of(3_000, "CNY"), PROJECT, "捐赠人要求退回", "finance-1"));
    }

    @Test
    void aRetryOfTheSameRefundChangesNothing() {
      fixture
          .given(UNRESTRICTED, CONFIRMED, refunded(REFUND, 3_000))
          .when(refund(REFUND, 3_000))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesTheSameRefundIdForAnotherAmount() {
      fixture
          .given(UNRESTRICTED, CONFIRMED, refunded(REFUND, 3_000))
          .when(refund(REFUND, 2_000))
          .expectException(LedgerConflictException.class)
          .expectNoEvents();
    }

    @Test
    void refusesMoreThanIsUnallocated() {
      fixture
          .given(RESTRICTED, CONFIRMED, SEVENTY_DRAWN)
          .when(refund(REFUND, 3_001))
          .expectException(LedgerConflictException.class)
          .expectExceptionMessage(org.hamcrest.Matchers.containsString("reverse allocations"))
          .expectNoEvents();
    }

    @Test
    void moneyGivenBackByAReversalCanBeRefunded() {
      fixture
          .given(
              RESTRICTED,
              CONFIRMED,
              SEVENTY_DRAWN,
              new FundsReturnedEvent(DONATION, ALLOCATION, PROJECT, Money.of(7_000, "CNY")))
          .when(refund(REFUND, 10_000))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAPendingOrVoidedDonation() {
      fixture
          .given(UNRESTRICTED)
          .when(refund(REFUND, 100))
          .expectException(DonationStateException.class);
      DonationTest.newFixture()
          .given(UNRESTRICTED, new DonationVoidedEvent(DONATION, "no money", "finance-1", false))
          .when(refund(REFUND, 100))
          .expectException(DonationStateException.class);
    }

    @Test
    void refusesZeroAnotherCurrencyAndNoReason() {
      fixture
          .given(UNRESTRICTED, CONFIRMED)
          .when(refund(REFUND, 0))
          .expectException(RuleViolationException.class);
      DonationTest.newFixture()
          .given(UNRESTRICTED, CONFIRMED)
          .when(
              new RefundDonationCommand(
                  DONATION, REFUND, Money.of(100, "USD"), "捐赠人要求退回", "finance-1"))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage(org.hamcrest.Matchers.containsString("CNY"));
      DonationTest.newFixture()
          .given(UNRESTRICTED, CONFIRMED)
          .when(new RefundDonationCommand(DONATION, REFUND, Money.of(100, "CNY"), " ", "f"))
          .expectException(RuleViolationException.class);
      DonationTest.newFixture()
          .given(UNRESTRICTED, CONFIRMED)
          .when(new RefundDonationCommand(DONATION, null, Money.of(100, "CNY"), "why", "f"))
          .expectException(RuleViolationException.class);
    }
  }

  @Nested
  class ReleasingARestriction {

    @Test
    void releasesTheUnallocatedPartWithReasonAndApprover() {
      fixture
          .given(RESTRICTED, CONFIRMED, SEVENTY_DRAWN)
          .when(new ReleaseRestrictionCommand(DONATION, "项目终止，捐赠人同意", "finance-2"))
          .expectEvents(
              new RestrictionReleasedEvent(
                  DONATION, PROJECT, Money.of(3_000, "CNY"), "项目终止，捐赠人同意", "finance-2"));
    }

    @Test
    void releasingAgainChangesNothing() {
      fixture
          .given(
              RESTRICTED,
              CONFIRMED,
              new RestrictionReleasedEvent(DONATION, PROJECT, HUNDRED_YUAN, "why", "finance-2"))
          .when(new ReleaseRestrictionCommand(DONATION, "again", "finance-2"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesAnUnrestrictedDonationAPendingOneAndNoReason() {
      fixture
          .given(UNRESTRICTED, CONFIRMED)
          .when(new ReleaseRestrictionCommand(DONATION, "why", "finance-2"))
          .expectException(LedgerConflictException.class);
      DonationTest.newFixture()
          .given(RESTRICTED)
          .when(new ReleaseRestrictionCommand(DONATION, "why", "finance-2"))
          .expectException(DonationStateException.class);
      DonationTest.newFixture()
          .given(RESTRICTED, CONFIRMED)
          .when(new ReleaseRestrictionCommand(DONATION, "", "finance-2"))
          .expectException(RuleViolationException.class);
    }
  }

  @Nested
  class IssuingTheReceipt {

    static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    @Test
    void recordsTheReceiptOfAConfirmedDonation() {
      fixture
          .given(UNRESTRICTED, CONFIRMED)
          .when(new IssueReceiptCommand(DONATION, "2026-00000001", TODAY, "慈善联合会"))
          .expectEvents(new ReceiptIssuedEvent(DONATION, "2026-00000001", TODAY, "慈善联合会"));
    }

    @Test
    void theSameNumberAgainChangesNothingAnotherIsRefused() {
      ReceiptIssuedEvent issued = new ReceiptIssuedEvent(DONATION, "2026-00000001", TODAY, "慈善联合会");
      fixture
          .given(UNRESTRICTED, CONFIRMED, issued)
          .when(new IssueReceiptCommand(DONATION, "2026-00000001", TODAY, "慈善联合会"))
          .expectNoEvents();
      DonationTest.newFixture()
          .given(UNRESTRICTED, CONFIRMED, issued)
          .when(new IssueReceiptCommand(DONATION, "2026-00000002", TODAY, "慈善联合会"))
          .expectException(LedgerConflictException.class);
    }

    @Test
    void refusesAPendingDonation() {
      fixture
          .given(UNRESTRICTED)
          .when(new IssueReceiptCommand(DONATION, "2026-00000001", TODAY, "慈善联合会"))
          .expectException(DonationStateException.class);
    }
  }

  static RefundDonationCommand refund(UUID refundId, long fen) {
    return new RefundDonationCommand(
        DONATION, refundId, Money.of(fen, "CNY"), "捐赠人要求退回", "finance-1");
  }

  static DonationRefundedEvent refunded(UUID refundId, long fen) {
    return new DonationRefundedEvent(
        DONATION, refundId, Money.of(fen, "CNY"), null, "捐赠人要求退回", "finance-1");
  }
}
