package org.cishan.donation.messaging.outbound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.cishan.contracts.Money;
import org.cishan.contracts.Topics;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.support.messaging.IntegrationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The event store is the outbox: this processing group maps each ledger event to its public
 * contract and sends it to Kafka, returning only after the broker acknowledged. A failure
 * propagates, so the processor's token does not move and the event is sent again later with the
 * same {@code eventId} (the Axon event identifier); consumers deduplicate on it.
 *
 * <p>Never replayed: resetting projections must not re-announce old donations to other services.
 */
@Component
@ProcessingGroup(DonationIntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
public class DonationIntegrationEventPublisher {

  public static final String PROCESSING_GROUP = "donation-integration-publisher";

  private static final Logger log =
      LoggerFactory.getLogger(DonationIntegrationEventPublisher.class);

  private final IntegrationEventPublisher publisher;

  public DonationIntegrationEventPublisher(IntegrationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  void on(
      DonationReceivedEvent event,
      @MessageIdentifier String eventIdentifier,
      @Timestamp Instant occurredAt) {
    DonationReceived published =
        new DonationReceived(
            eventId(eventIdentifier),
            occurredAt,
            event.donationId(),
            event.projectId(),
            new Money(event.amount().minorUnits(), event.amount().currencyCode()));
    publisher.publish(Topics.DONATION_EVENTS, event.donationId().toString(), published);
    log.debug("Published {} for donation {}", published.eventId(), event.donationId());
  }

  @EventHandler
  void on(
      DonationConfirmedEvent event,
      @MessageIdentifier String eventIdentifier,
      @Timestamp Instant occurredAt) {
    DonationConfirmed published =
        new DonationConfirmed(
            eventId(eventIdentifier),
            occurredAt,
            event.donationId(),
            event.projectId(),
            new Money(event.amount().minorUnits(), event.amount().currencyCode()),
            event.effectiveAt());
    publisher.publish(Topics.DONATION_EVENTS, event.donationId().toString(), published);
    log.debug("Published {} for donation {}", published.eventId(), event.donationId());
  }

  /** Axon's identifiers are UUIDs; anything else still maps to the same UUID every time. */
  static UUID eventId(String eventIdentifier) {
    try {
      return UUID.fromString(eventIdentifier);
    } catch (IllegalArgumentException notAUuid) {
      return UUID.nameUUIDFromBytes(eventIdentifier.getBytes(StandardCharsets.UTF_8));
    }
  }
}
