package org.cishan.project.messaging.inbound;

import java.util.function.Consumer;
import org.cishan.contracts.donation.DonationConfirmed;
import org.cishan.contracts.donation.DonationEvent;
import org.cishan.contracts.donation.DonationReceived;
import org.cishan.project.command.RecordDonationCommand;
import org.cishan.project.command.RecordDonationService;
import org.cishan.project.domain.DonationToProject;
import org.cishan.project.domain.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Binding {@code donationEvents-in-0}: reads donation.donation-events (group project-service) and
 * adds each confirmed restricted gift to its project's funding, once per event id. Only confirmed
 * money counts: a received (still pending) gift is skipped, as are unrestricted gifts and event
 * types this version does not know, with a log line; a failure is retried and then parked in {@code
 * project-service.donation-events.dlq}.
 */
@Component("donationEvents")
public class DonationEventsConsumer implements Consumer<DonationEvent> {

  private static final Logger log = LoggerFactory.getLogger(DonationEventsConsumer.class);

  private final RecordDonationService recordDonation;

  public DonationEventsConsumer(RecordDonationService recordDonation) {
    this.recordDonation = recordDonation;
  }

  @Override
  public void accept(DonationEvent event) {
    if (event instanceof DonationConfirmed confirmed) {
      if (confirmed.projectId() == null) {
        log.debug("Donation {} is unrestricted; no project to fund", confirmed.donationId());
        return;
      }
      recordDonation.record(toCommand(confirmed));
    } else if (event instanceof DonationReceived received) {
      log.debug("Donation {} is pending; it counts once confirmed", received.donationId());
    } else if (event instanceof DonationEvent.Unrecognized unknown) {
      log.info("Skipping event {} of unknown type {}", unknown.eventId(), unknown.type());
    } else {
      log.warn("Skipping an unreadable donation event: {}", event);
    }
  }

  static RecordDonationCommand toCommand(DonationConfirmed confirmed) {
    return new RecordDonationCommand(
        confirmed.eventId(),
        new DonationToProject(
            confirmed.projectId(),
            new Money(confirmed.amount().minorUnits(), confirmed.amount().currency())));
  }
}
