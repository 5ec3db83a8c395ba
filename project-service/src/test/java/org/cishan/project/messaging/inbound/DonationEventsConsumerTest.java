package org.cishan.project.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.UUID;
import org.cishan.contracts.Money;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationEvent;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.contracts.donation.DonationRefunded;
import org.cishan.project.command.RecordFundingCommand;
import org.cishan.project.command.RecordFundingService;
import org.cishan.project.domain.FundingChange;
import org.junit.jupiter.api.Test;

class DonationEventsConsumerTest {

  static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
  static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-00000000e001");
  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");

  final RecordFundingService recordDonation = mock(RecordFundingService.class);
  final DonationEventsConsumer consumer =
      new DonationEventsConsumer(recordDonation, new ObjectMapper());

  @Test
  void countsAConfirmedGiftForAProjectUnderItsEventId() throws Exception {
    DonationEvent event =
        JSON.readValue(
            """
            {"type":"DonationConfirmed.v1","eventId":"00000000-0000-0000-0000-00000000e001",
             "occurredAt":"2026-03-01T08:30:00Z","donationId":"00000000-0000-0000-0000-00000000d001",
             "projectId":"00000000-0000-0000-0000-00000000b001",
             "amount":{"minorUnits":10000,"currency":"CNY"},"effectiveAt":"2026-03-01T00:00:00Z"}
            """,
            DonationEvent.class);

    consumer.handle(event);

    verify(recordDonation)
        .record(
            new RecordFundingCommand(
                EVENT,
                new FundingChange(
                    PROJECT,
                    org.cishan.project.domain.Money.cny(10_000),
                    FundingChange.Kind.RAISED)));
  }

  @Test
  void skipsAnUnrestrictedGift() {
    consumer.handle(
        new DonationConfirmed(
            EVENT, Instant.now(), UUID.randomUUID(), null, Money.cny(100), Instant.now()));

    verify(recordDonation, never()).record(any());
  }

  @Test
  void skipsAGiftThatIsOnlyReceivedNotYetConfirmed() {
    consumer.handle(
        new DonationReceived(EVENT, Instant.now(), UUID.randomUUID(), PROJECT, Money.cny(100)));

    verify(recordDonation, never()).record(any());
  }

  @Test
  void takesARefundOfRestrictedMoneyFromWhatTheProjectRaised() {
    consumer.handle(
        new DonationRefunded(
            EVENT, Instant.now(), UUID.randomUUID(), UUID.randomUUID(), PROJECT, Money.cny(300)));

    verify(recordDonation)
        .record(
            new RecordFundingCommand(
                EVENT,
                new FundingChange(
                    PROJECT,
                    org.cishan.project.domain.Money.cny(300),
                    FundingChange.Kind.REFUNDED)));
  }

  @Test
  void skipsAnEventOfATypeItDoesNotKnow() throws Exception {
    DonationEvent event =
        JSON.readValue(
            """
            {"type":"DonationSplit.v9","eventId":"00000000-0000-0000-0000-00000000e009",
             "occurredAt":"2026-03-01T08:30:00Z","projectId":"00000000-0000-0000-0000-00000000b001"}
            """,
            DonationEvent.class);

    consumer.handle(event);

    assertThat(event).isInstanceOf(DonationEvent.Unrecognized.class);
    verify(recordDonation, never()).record(any());
  }
}
