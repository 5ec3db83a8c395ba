package org.cishan.content.messaging.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.cishan.content.command.FundraisingMilestoneService;
import org.cishan.contracts.Money;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationEvent;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.contracts.donation.DonationRefunded;
import org.cishan.contracts.donation.RestrictionReleased;
import org.cishan.support.messaging.IntegrationEventConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Binding {@code donationEvents-in-0}: reads donation.donation-events (group content-service) to
 * follow what each project raised — a confirmed gift restricted to it adds, a refund of restricted
 * money and a release from restriction take away — and to draft the 50% and 100% milestones. A
 * pending gift, unrestricted money and unknown event types are skipped; a failure is retried and
 * then parked in {@code content-service.donation-events.dlq}.
 */
@Component("donationEvents")
public class DonationEventsConsumer extends IntegrationEventConsumer<DonationEvent> {

  private static final Logger log = LoggerFactory.getLogger(DonationEventsConsumer.class);

  private final FundraisingMilestoneService milestones;

  public DonationEventsConsumer(FundraisingMilestoneService milestones, ObjectMapper objectMapper) {
    super(DonationEvent.class, objectMapper);
    this.milestones = milestones;
  }

  @Override
  public void handle(DonationEvent event) {
    if (event instanceof DonationConfirmed confirmed) {
      record(confirmed.eventId(), confirmed.projectId(), confirmed.amount(), 1);
    } else if (event instanceof DonationRefunded refunded) {
      record(refunded.eventId(), refunded.projectId(), refunded.amount(), -1);
    } else if (event instanceof RestrictionReleased released) {
      record(released.eventId(), released.projectId(), released.released(), -1);
    } else if (event instanceof DonationReceived received) {
      log.debug("Donation {} is pending; it counts once confirmed", received.donationId());
    } else if (event instanceof DonationEvent.Unrecognized unknown) {
      log.info("Skipping event {} of unknown type {}", unknown.eventId(), unknown.type());
    } else {
      log.warn("Skipping an unreadable donation event: {}", event);
    }
  }

  private void record(UUID eventId, UUID projectId, Money amount, int sign) {
    if (projectId == null) {
      return; // unrestricted money is raised for no project in particular
    }
    if (eventId == null || amount == null || amount.currency() == null) {
      throw new IllegalArgumentException("Donation event " + eventId + " lacks an id or amount");
    }
    if (amount.minorUnits() < 0) {
      throw new IllegalArgumentException("Donation event " + eventId + " has a negative amount");
    }
    milestones.recordRaised(eventId, projectId, amount.currency(), sign * amount.minorUnits());
  }
}
