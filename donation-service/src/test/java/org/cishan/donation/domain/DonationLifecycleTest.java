package org.cishan.donation.domain;

import static org.cishan.donation.domain.DonationTest.DONATION;
import static org.cishan.donation.domain.DonationTest.HUNDRED_YUAN;
import static org.cishan.donation.domain.DonationTest.NOW;
import static org.cishan.donation.domain.DonationTest.PROJECT;
import static org.cishan.donation.domain.DonationTest.VALUE_DATE;
import static org.cishan.donation.domain.DonationTest.bankTransfer;
import static org.cishan.donation.domain.DonationTest.eventOf;

import java.time.Duration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cishan.donation.command.ConfirmDonationCommand;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.command.VoidDonationCommand;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationVoidedEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A donation's status after receipt: confirmed when its money arrives, or voided. */
class DonationLifecycleTest {

  final AggregateTestFixture<Donation> fixture = DonationTest.newFixture();

  @Nested
  class Confirming {

    @Test
    void cashIsConfirmedWhenRecordedWithoutDeadline() {
      ReceiveDonationCommand cash =
          new ReceiveDonationCommand(
              DONATION,
              "张三",
              HUNDRED_YUAN,
              PROJECT,
              null,
              "finance-1",
              Channel.CASH,
              "receipt book 7",
              false,
              null,
              null,
              VALUE_DATE);

      fixture
          .givenNoPriorActivity()
          .when(cash)
          .expectEvents(
              eventOf(cash, null),
              new DonationConfirmedEvent(DONATION, HUNDRED_YUAN, PROJECT, VALUE_DATE, "finance-1"));
    }

    @Test
    void aPendingDonationIsConfirmedWithItsAmountDesignationAndEffectiveTime() {
      fixture
          .given(eventOf(bankTransfer(VALUE_DATE), NOW.plus(Duration.ofDays(14))))
          .when(new ConfirmDonationCommand(DONATION, "finance-2"))
          .expectEvents(
              new DonationConfirmedEvent(DONATION, HUNDRED_YUAN, PROJECT, VALUE_DATE, "finance-2"));
    }

    @Test
    void confirmingAgainChangesNothing() {
      fixture
          .given(
              eventOf(bankTransfer(VALUE_DATE), NOW),
              new DonationConfirmedEvent(DONATION, HUNDRED_YUAN, PROJECT, VALUE_DATE, "finance-2"))
          .when(new ConfirmDonationCommand(DONATION, "finance-3"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void aVoidedDonationCannotBeConfirmed() {
      fixture
          .given(
              eventOf(bankTransfer(VALUE_DATE), NOW),
              new DonationVoidedEvent(DONATION, "bounced", "finance-1", false))
          .when(new ConfirmDonationCommand(DONATION, "finance-2"))
          .expectException(DonationStateException.class)
          .expectNoEvents();
    }
  }

  @Nested
  class Voiding {

    @Test
    void financeVoidsAPendingDonationWithAReason() {
      fixture
          .given(eventOf(bankTransfer(null), NOW.plus(Duration.ofDays(14))))
          .when(
              new VoidDonationCommand(
                  DONATION, "transfer returned by the bank", "finance-1", false))
          .expectEvents(
              new DonationVoidedEvent(
                  DONATION, "transfer returned by the bank", "finance-1", false));
    }

    @Test
    void aReasonIsRequired() {
      fixture
          .given(eventOf(bankTransfer(null), NOW.plus(Duration.ofDays(14))))
          .when(new VoidDonationCommand(DONATION, " ", "finance-1", false))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("reason must not be blank")
          .expectNoEvents();
    }

    @Test
    void confirmedMoneyIsNotVoided() {
      fixture
          .given(
              eventOf(bankTransfer(null), NOW),
              new DonationConfirmedEvent(DONATION, HUNDRED_YUAN, PROJECT, VALUE_DATE, "finance-2"))
          .when(new VoidDonationCommand(DONATION, "mistake", "finance-1", false))
          .expectException(DonationStateException.class)
          .expectNoEvents();
    }

    @Test
    void voidingAgainChangesNothing() {
      fixture
          .given(
              eventOf(bankTransfer(null), NOW),
              new DonationVoidedEvent(DONATION, "bounced", "finance-1", false))
          .when(new VoidDonationCommand(DONATION, "again", "finance-1", false))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void theSweepVoidsOnlyOnceTheDeadlineHasPassed() {
      fixture
          .given(eventOf(bankTransfer(null), NOW.minusSeconds(1)))
          .when(new VoidDonationCommand(DONATION, "late", VoidDonationCommand.DEADLINE, true))
          .expectEvents(
              new DonationVoidedEvent(DONATION, "late", VoidDonationCommand.DEADLINE, true));

      fixture
          .given(eventOf(bankTransfer(null), NOW.plusSeconds(1)))
          .when(new VoidDonationCommand(DONATION, "early", VoidDonationCommand.DEADLINE, true))
          .expectException(DonationStateException.class)
          .expectNoEvents();
    }
  }
}
