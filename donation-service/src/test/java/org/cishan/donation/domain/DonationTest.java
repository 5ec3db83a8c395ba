package org.cishan.donation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.event.DonationReceivedEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DonationTest {

  static final UUID DONATION = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final Money HUNDRED_YUAN = Money.of(10_000, "CNY");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final PendingDeadlines DEADLINES =
      new PendingDeadlines(Duration.ofHours(24), Duration.ofDays(14));

  final AggregateTestFixture<Donation> fixture = newFixture();

  /**
   * A fixture whose clock stands at {@link #NOW}, with the default pending deadlines, in a ledger
   * that knows every project as approved.
   */
  static AggregateTestFixture<Donation> newFixture() {
    return newFixture(projectId -> Optional.of(ProjectStatus.APPROVED));
  }

  static AggregateTestFixture<Donation> newFixture(KnownProjects projects) {
    AggregateTestFixture<Donation> fixture = new AggregateTestFixture<>(Donation.class);
    fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    fixture.registerInjectableResource(DEADLINES);
    fixture.registerInjectableResource(projects);
    return fixture;
  }

  @Nested
  class RestrictingToAProject {

    final ReceiveDonationCommand restricted =
        new ReceiveDonationCommand(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null);

    @Test
    void refusesAProjectTheLedgerDoesNotKnowNamingTheField() {
      newFixture(projectId -> Optional.empty())
          .givenNoPriorActivity()
          .when(restricted)
          .expectException(RuleViolationException.class)
          .expectExceptionMessage(containsString("projectId"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(
        value = ProjectStatus.class,
        names = {"UNDER_EVALUATION", "CLOSED", "TERMINATED"})
    void refusesAProjectThatWillNeverBeAllocatedMoneyAgain(ProjectStatus status) {
      newFixture(projectId -> Optional.of(status))
          .givenNoPriorActivity()
          .when(restricted)
          .expectException(LedgerConflictException.class)
          .expectExceptionMessage(containsString(status.name()))
          .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(
        value = ProjectStatus.class,
        names = {"DRAFT", "APPROVED", "IMPLEMENTING"})
    void acceptsAProjectThatMayStillBeAllocatedMoney(ProjectStatus status) {
      newFixture(projectId -> Optional.of(status))
          .givenNoPriorActivity()
          .when(restricted)
          .expectEvents(online(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null));
    }

    @Test
    void answersARetryAsBeforeWhateverBecameOfTheProject() {
      newFixture(projectId -> Optional.empty())
          .given(online(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null))
          .when(restricted)
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class Receiving {

    @Test
    void recordsADonationRestrictedToAProject() {
      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null))
          .expectSuccessfulHandlerExecution()
          .expectEvents(online(DONATION, "张三", HUNDRED_YUAN, PROJECT, null, null));
    }

    @Test
    void recordsTheDonorAccountAndWhoEnteredTheGift() {
      fixture
          .givenNoPriorActivity()
          .when(
              new ReceiveDonationCommand(
                  DONATION, "张三", HUNDRED_YUAN, null, "donor-account", "donor-account"))
          .expectEvents(
              online(DONATION, "张三", HUNDRED_YUAN, null, "donor-account", "donor-account"));
    }

    @Test
    void recordsAnUnrestrictedDonationWithoutProject() {
      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, "李华", Money.of(1, "USD"), null, null, null))
          .expectEvents(online(DONATION, "李华", Money.of(1, "USD"), null, null, null));
    }

    @Test
    void acceptsADonorNameOfExactlyOneHundredCharacters() {
      String longest = "名".repeat(100);

      fixture
          .givenNoPriorActivity()
          .when(new ReceiveDonationCommand(DONATION, longest, HUNDRED_YUAN, null, null, null))
          .expectEvents(online(DONATION, longest, HUNDRED_YUAN, null, null, null));
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

    @Test
    void recordsEveryDetailOfAnOfflineGiftWithItsEffectiveTime() {
      Instant valueDate = Instant.parse("2026-03-01T00:00:00Z");

      fixture
          .givenNoPriorActivity()
          .when(bankTransfer(valueDate))
          .expectEvents(
              new DonationReceivedEvent(
                  DONATION,
                  "某某科技有限公司",
                  HUNDRED_YUAN,
                  PROJECT,
                  null,
                  "finance-1",
                  Channel.BANK_TRANSFER,
                  "BOC-2026-0301-0042",
                  true,
                  "91110000MA01ABCD1X",
                  "为老人送温暖",
                  valueDate,
                  NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void rejectsAnAmountAboveOneHundredMillionYuan() {
      fixture
          .givenNoPriorActivity()
          .when(
              new ReceiveDonationCommand(
                  DONATION, "张三", Money.of(10_000_000_001L, "CNY"), null, null, null))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("amount.minorUnits must be at most 10000000000 for one donation")
          .expectNoEvents();
    }

    @Test
    void rejectsAnEffectiveTimeInTheFuture() {
      Instant tomorrow = NOW.plus(Duration.ofDays(1));

      fixture
          .givenNoPriorActivity()
          .when(bankTransfer(tomorrow))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("effectiveAt must not be in the future")
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890abcdefghij1234567890X", "身份证号码123456"})
    void rejectsAnIdNumberThatIsNoIdOrCreditCode(String idNumber) {
      fixture
          .givenNoPriorActivity()
          .when(withIdNumber(idNumber))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage(containsString("donorIdNumber"))
          .expectNoEvents();
    }

    @Test
    void rejectsAMessageLongerThanFiveHundredCharacters() {
      fixture
          .givenNoPriorActivity()
          .when(
              new ReceiveDonationCommand(
                  DONATION,
                  "张三",
                  HUNDRED_YUAN,
                  null,
                  null,
                  null,
                  Channel.ONLINE_PAYMENT,
                  null,
                  false,
                  null,
                  "话".repeat(501),
                  null))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("message must be at most 500 characters long")
          .expectNoEvents();
    }

    @Test
    void rejectsAMissingChannel() {
      fixture
          .givenNoPriorActivity()
          .when(
              new ReceiveDonationCommand(
                  DONATION,
                  "张三",
                  HUNDRED_YUAN,
                  null,
                  null,
                  null,
                  null,
                  null,
                  false,
                  null,
                  null,
                  null))
          .expectException(RuleViolationException.class)
          .expectExceptionMessage("channel must not be null")
          .expectNoEvents();
    }
  }

  @Nested
  class Retrying {

    @Test
    void theSameDonationAgainChangesNothingAndSucceeds() {
      fixture
          .given(eventOf(bankTransfer(null), NOW.plus(Duration.ofDays(14))))
          .when(bankTransfer(null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
      fixture
          .given(new DonationReceivedEvent(DONATION, "张三", HUNDRED_YUAN, null, null, null))
          .when(
              new ReceiveDonationCommand(DONATION, "张三", Money.of(10_001, "CNY"), null, null, null))
          .expectException(DonationConflictException.class)
          .expectNoEvents();
    }

    @Test
    void aRetryWithInvalidContentIsAConflictNotAFreshValidation() {
      fixture
          .given(new DonationReceivedEvent(DONATION, "张三", HUNDRED_YUAN, null, null, null))
          .when(new ReceiveDonationCommand(DONATION, " ", HUNDRED_YUAN, null, null, null))
          .expectException(DonationConflictException.class)
          .expectNoEvents();
    }
  }

  static final Instant VALUE_DATE = Instant.parse("2026-03-01T00:00:00Z");

  static ReceiveDonationCommand bankTransfer(Instant effectiveAt) {
    return new ReceiveDonationCommand(
        DONATION,
        "某某科技有限公司",
        HUNDRED_YUAN,
        PROJECT,
        null,
        "finance-1",
        Channel.BANK_TRANSFER,
        "BOC-2026-0301-0042",
        true,
        "91110000MA01ABCD1X",
        "为老人送温暖",
        effectiveAt);
  }

  static ReceiveDonationCommand withIdNumber(String idNumber) {
    return new ReceiveDonationCommand(
        DONATION,
        "张三",
        HUNDRED_YUAN,
        null,
        null,
        null,
        Channel.ONLINE_PAYMENT,
        null,
        false,
        idNumber,
        null,
        null);
  }

  /** The online gift the 6-argument command records: pending for 24 hours. */
  static DonationReceivedEvent online(
      UUID id, String donor, Money amount, UUID project, String account, String recordedBy) {
    return eventOf(
        new ReceiveDonationCommand(id, donor, amount, project, account, recordedBy),
        NOW.plus(Duration.ofHours(24)));
  }

  static DonationReceivedEvent eventOf(ReceiveDonationCommand c, Instant confirmBy) {
    return Donation.eventOf(c, confirmBy);
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
