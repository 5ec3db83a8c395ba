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
import org.cishan.contracts.donation.DonationEvent;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.contracts.donation.DonationRefunded;
import org.cishan.contracts.donation.RestrictionReleased;
import org.cishan.contracts.fund.AllocationReversed;
import org.cishan.contracts.fund.FundsAllocated;
import org.cishan.contracts.fund.FundsDisbursed;
import org.cishan.contracts.fund.ProjectFundEvent;
import org.cishan.donation.event.AllocationReversedEvent;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.event.FundsDisbursedEvent;
import org.cishan.donation.event.RestrictionReleasedEvent;
import org.cishan.support.messaging.IntegrationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The event store is the outbox: this processing group maps each ledger event to its public
 * contract and sends it to Kafka (donation events keyed by donation id on {@code
 * donation.donation-events}; allocations, reversals and disbursements keyed by project id on {@code
 * donation.project-fund-events}), returning only after the broker acknowledged. A failure
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

  @EventHandler
  void on(
      DonationRefundedEvent event,
      @MessageIdentifier String eventIdentifier,
      @Timestamp Instant occurredAt) {
    publish(
        event.donationId(),
        new DonationRefunded(
            eventId(eventIdentifier),
            occurredAt,
            event.donationId(),
            event.refundId(),
            event.restrictedTo(),
            money(event.amount())));
  }

  @EventHandler
  void on(
      RestrictionReleasedEvent event,
      @MessageIdentifier String eventIdentifier,
      @Timestamp Instant occurredAt) {
    publish(
        event.donationId(),
        new RestrictionReleased(
            eventId(eventIdentifier),
            occurredAt,
            event.donationId(),
            event.projectId(),
            money(event.released())));
  }

  @EventHandler
  void on(
      FundsAllocatedEvent event,
      @MessageIdentifier String eventIdentifier,
      @Timestamp Instant occurredAt) {
    publish(
        new FundsAllocated(
            eventId(eventIdentifier),
            occurredAt,
            event.projectId(),
            event.allocationId(),
            money(event.amount())));
  }

  @EventHandler
  void on(
      AllocationReversedEvent event,
      @MessageIdentifier String eventIdentifier,
      @Timestamp Instant occurredAt) {
    publish(
        new AllocationReversed(
            eventId(eventIdentifier),
            occurredAt,
            event.projectId(),
            event.allocationId(),
            money(event.amount())));
  }

  @EventHandler
  void on(
      FundsDisbursedEvent event,
      @MessageIdentifier String eventIdentifier,
      @Timestamp Instant occurredAt) {
    publish(
        new FundsDisbursed(
            eventId(eventIdentifier),
            occurredAt,
            event.projectId(),
            event.disbursementId(),
            money(event.amount()),
            event.partner(),
            event.voucherReference()));
  }

  private void publish(UUID donationId, DonationEvent event) {
    publisher.publish(Topics.DONATION_EVENTS, donationId.toString(), event);
    log.debug("Published {} for donation {}", event.eventId(), donationId);
  }

  private void publish(ProjectFundEvent event) {
    publisher.publish(Topics.PROJECT_FUND_EVENTS, event.projectId().toString(), event);
    log.debug("Published {} for project {}", event.eventId(), event.projectId());
  }

  private static Money money(org.cishan.donation.domain.Money amount) {
    return new Money(amount.minorUnits(), amount.currencyCode());
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
