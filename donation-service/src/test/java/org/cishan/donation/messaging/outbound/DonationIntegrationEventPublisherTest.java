package org.cishan.donation.messaging.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.cishan.contracts.Money;
import org.cishan.contracts.Topics;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.support.messaging.IntegrationEventPublisher;
import org.junit.jupiter.api.Test;

class DonationIntegrationEventPublisherTest {

  static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-00000000e001");
  static final UUID DONATION = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final Instant AT = Instant.parse("2026-03-01T08:30:00.123456789Z");

  final IntegrationEventPublisher kafka = mock(IntegrationEventPublisher.class);
  final AnnotationEventHandlerAdapter processor =
      new AnnotationEventHandlerAdapter(new DonationIntegrationEventPublisher(kafka));

  @Test
  void publishesTheContractEventKeyedByDonationWithTheLedgerEventsIdAndTime() throws Exception {
    processor.handle(ledgerEvent(PROJECT));

    verify(kafka)
        .publish(
            Topics.DONATION_EVENTS,
            DONATION.toString(),
            new DonationReceived(EVENT, AT, DONATION, PROJECT, Money.cny(10_000)));
  }

  @Test
  void publishesAnUnrestrictedDonationWithoutProject() throws Exception {
    processor.handle(ledgerEvent(null));

    verify(kafka)
        .publish(
            Topics.DONATION_EVENTS,
            DONATION.toString(),
            new DonationReceived(EVENT, AT, DONATION, null, Money.cny(10_000)));
  }

  @Test
  void publishesAConfirmationWithItsEffectiveTime() throws Exception {
    Instant valueDate = Instant.parse("2026-02-28T00:00:00Z");
    processor.handle(
        new GenericEventMessage<>(
            EVENT.toString(),
            new DonationConfirmedEvent(
                DONATION,
                org.cishan.donation.domain.Money.of(10_000, "CNY"),
                PROJECT,
                valueDate,
                "finance-1"),
            Map.of(),
            AT));

    verify(kafka)
        .publish(
            Topics.DONATION_EVENTS,
            DONATION.toString(),
            new DonationConfirmed(EVENT, AT, DONATION, PROJECT, Money.cny(10_000), valueDate));
  }

  @Test
  void letsAKafkaFailureEscapeSoTheTokenDoesNotAdvance() {
    doThrow(new IllegalStateException("no ack"))
        .when(kafka)
        .publish(anyString(), anyString(), any());

    assertThatThrownBy(() -> processor.handle(ledgerEvent(PROJECT)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no ack");
  }

  @Test
  void neverRepublishesDuringAReplay() throws Exception {
    processor.handle(
        new GenericTrackedEventMessage<>(
            ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(0)),
            ledgerEvent(PROJECT)));

    verifyNoInteractions(kafka);
    assertThat(processor.supportsReset()).isFalse();
  }

  @Test
  void derivesTheSameEventIdEveryTimeFromAnIdentifierThatIsNoUuid() {
    UUID first = DonationIntegrationEventPublisher.eventId("legacy-event-7");

    assertThat(DonationIntegrationEventPublisher.eventId("legacy-event-7")).isEqualTo(first);
    assertThat(DonationIntegrationEventPublisher.eventId(EVENT.toString())).isEqualTo(EVENT);
  }

  private static EventMessage<DonationReceivedEvent> ledgerEvent(UUID project) {
    return new GenericEventMessage<>(
        EVENT.toString(),
        new DonationReceivedEvent(
            DONATION,
            "张三",
            org.cishan.donation.domain.Money.of(10_000, "CNY"),
            project,
            null,
            null),
        Map.of(),
        AT);
  }
}
