package org.cishan.project.messaging.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationEvent;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.contracts.donation.DonationRefunded;
import org.cishan.contracts.donation.RestrictionReleased;
import org.cishan.project.command.RecordFundingCommand;
import org.cishan.project.command.RecordFundingService;
import org.cishan.project.domain.FundingChange;
import org.cishan.project.domain.FundingChange.Kind;
import org.cishan.support.messaging.IntegrationEventConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Binding {@code donationEvents-in-0}: reads donation.donation-events (group project-service). A
 * confirmed gift restricted to a project adds to what it raised; a refund of restricted money and a
 * release from restriction take from it — once per event id. A received (still pending) gift,
 * unrestricted money and event types this version does not know are skipped with a log line; a
 * failure is retried and then parked in {@code project-service.donation-events.dlq}.
 */
@Component("donationEvents")
public class DonationEventsConsumer extends IntegrationEventConsumer<DonationEvent> {

  private static final Logger log = LoggerFactory.getLogger(DonationEventsConsumer.class);

  private final RecordFundingService recordFunding;

  public DonationEventsConsumer(RecordFundingService recordFunding, ObjectMapper objectMapper) {
    super(DonationEvent.class, objectMapper);
    this.recordFunding = recordFunding;
  }

  @Override
  public void handle(DonationEvent event) {
    if (event instanceof DonationConfirmed confirmed) {
      if (confirmed.projectId() == null) {
        log.debug("Donation {} is unrestricted; no project to fund", confirmed.donationId());
        return;
      }
      recordFunding.record(toCommand(confirmed));
    } else if (event instanceof DonationRefunded refunded) {
      if (refunded.projectId() != null) {
        recordFunding.record(
            command(refunded.eventId(), refunded.projectId(), refunded.amount(), Kind.REFUNDED));
      }
    } else if (event instanceof RestrictionReleased released) {
      if (released.released().minorUnits() > 0) {
        recordFunding.record(
            command(released.eventId(), released.projectId(), released.released(), Kind.RELEASED));
      }
    } else if (event instanceof DonationReceived received) {
      log.debug("Donation {} is pending; it counts once confirmed", received.donationId());
    } else if (event instanceof DonationEvent.Unrecognized unknown) {
      log.info("Skipping event {} of unknown type {}", unknown.eventId(), unknown.type());
    } else {
      log.warn("Skipping an unreadable donation event: {}", event);
    }
  }

  static RecordFundingCommand toCommand(DonationConfirmed confirmed) {
    return command(confirmed.eventId(), confirmed.projectId(), confirmed.amount(), Kind.RAISED);
  }

  static RecordFundingCommand command(
      java.util.UUID eventId,
      java.util.UUID projectId,
      org.cishan.contracts.Money amount,
      Kind kind) {
    return new RecordFundingCommand(
        eventId,
        new FundingChange(
            projectId,
            new org.cishan.project.domain.Money(amount.minorUnits(), amount.currency()),
            kind));
  }
}
