package org.cishan.donation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.event.DonationReceivedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DonationTest {

  static final UUID DONATION = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final Money HUNDRED_YUAN = Money.of(10_000, "CNY");

  AggregateTestFixture<Donation> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Donation.class);
  }

  @Nested
  class Receiving {

    @Test
    void recordsADonationRestrictedToAProject() {
      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new DonationReceivedEvent(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null));
    }

    @Test
    void recordsTheDonorAccountAndWhoEnteredTheGift() {
      fixture
          .givenNoPriorActivity()
          .when(
              new ReceiveDonationCommand(
                  DONATION, "张三", HUNDRED_YUAN, null, "donor-account", "donor-account"))
          .expectEvents(
              new DonationReceivedEvent(
                  DONATION, "张三", HUNDRED_YUAN, null, "donor-account", "donor-account"));
    }

    @Test
    void recordsAnUnrestrictedDonationWithoutProject() {
      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, "李华", Money.of(1, "USD"), null, null, null))
          .expectEvents(
              new DonationReceivedEvent(DONATION, "李华", Money.of(1, "USD"), null, null, null));
    }

    @Test
    void acceptsADonorNameOfExactlyOneHundredCharacters() {
      String longest = "名".repeat(100);

      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, longest, HUNDRED_YUAN, null, null, null))
          .expectEvents(
              new DonationReceivedEvent(DONATION, longest, HUNDRED_YUAN, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void rejectsAnAmountThatIsNotPositive(long minorUnits) {
      fixture
          .givenNoPriorActivity()
          .when(
              new ReceiveDonationCommand(
                  DONATION, "张三", Money.of(minorUnits, "CNY"), null, null, null))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("amount.minorUnits must be greater than 0")
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsABlankDonorName(String donorName) {
      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, donorName, HUNDRED_YUAN, null, null, null))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("donorName must not be blank")
          .expectNoEvents();
    }

    @Test
    void rejectsAMissingDonorName() {
      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, null, HUNDRED_YUAN, null, null, null))
          .expectException(RuleViolationException.class)
          .expectNoEvents();
    }

    @Test
    void rejectsADonorNameLongerThanOneHundredCharacters() {
      fixture
          .givenNoPriorActivity()
          .when(
              new ReceiveDonationCommand(DONATION, "x".repeat(101), HUNDRED_YUAN, null, null, null))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("donorName must be at most 100 characters long")
          .expectNoEvents();
    }

    @Test
    void rejectsAMissingAmount() {
      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, "张三", null, null, null, null))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("amount must not be null")
          .expectNoEvents();
    }

    /**
     * The fixture's in-memory store refuses the second stream with an EventStoreException; the JDBC
     * store's unique key answers with AggregateStreamCreationException (DonationFlowIT: 409).
     */
    @Test
    void refusesToReceiveTheSameDonationTwice() {
      fixture
          .given(new DonationReceivedEvent(DONATION, "张三", HUNDRED_YUAN, null, null, null))
          .when(new ReceiveDonationCommand(DONATION, "张三", HUNDRED_YUAN, null, null, null))
          .expectException(EventStoreException.class)
          .expectExceptionMessage(containsString("Unexpected sequence number"))
          .expectNoEvents();
    }
  }

  @Nested
  class ValidatingMoney {

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "cny", "CN", "CNYY"})
    void rejectsACodeThatIsNotAnIso4217Currency(String code) {
      assertThatThrownBy(() -> Money.of(100, code))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("currency");
                assertThat(e.reason()).isEqualTo("is not an ISO-4217 currency code");
              });
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XAU"})
    void rejectsIsoCodesThatHaveNoMinorUnits(String code) {
      assertThatThrownBy(() -> Money.of(100, code))
          .isInstanceOf(RuleViolationException.class)
          .hasMessage("currency is not a currency with minor units");
    }

    @Test
    void rejectsABlankCurrency() {
      assertThatThrownBy(() -> Money.of(100, " "))
          .isInstanceOf(RuleViolationException.class)
          .hasMessage("currency must not be blank");
    }

    @Test
    void namesTheFieldInsideItsParent() {
      RuleViolationException violation = new RuleViolationException("currency", "is odd");

      assertThat(violation.within("amount").field()).isEqualTo("amount.currency");
    }

    @Test
    void keepsTheIsoCode() {
      assertThat(Money.of(12_345, "JPY").currencyCode()).isEqualTo("JPY");
    }
  }
}
