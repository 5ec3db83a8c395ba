package org.cishan.project.messaging.inbound;

import java.util.function.Consumer;
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
 * adds each restricted gift to its project's funding, once per event id. Unrestricted gifts and
 * event types this version does not know are skipped with a log line; a failure is retried and then
 * parked in {@code project-service.donation-events.dlq}.
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
    if (event instanceof DonationReceived received) {
      if (received.projectId() == null) {
        log.debug("Donation {} is unrestricted; no project to fund", received.donationId());
        return;
      }
      recordDonation.record(toCommand(received));
    } else if (event instanceof DonationEvent.Unrecognized unknown) {
      log.info("Skipping event {} of unknown type {}", unknown.eventId(), unknown.type());
    } else {
      log.warn("Skipping an unreadable donation event: {}", event);
    }
  }

  static RecordDonationCommand toCommand(DonationReceived received) {
    return new RecordDonationCommand(
        received.eventId(),
        new DonationToProject(
            received.projectId(),
            new Money(received.amount().minorUnits(), received.amount().currency())));
  }
}
