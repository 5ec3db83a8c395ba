package org.cishan.project.command;

import org.cishan.support.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a received donation to its project's funding exactly once per event. */
@Service
public class RecordDonationService {

  /** The consumer name under which handled events are remembered in {@code processed_event}. */
  public static final String CONSUMER = "project-funding";

  private static final Logger log = LoggerFactory.getLogger(RecordDonationService.class);

  private final ProcessedEvents processedEvents;
  private final FundingStore funding;

  public RecordDonationService(ProcessedEvents processedEvents, FundingStore funding) {
    this.processedEvents = processedEvents;
    this.funding = funding;
  }

  /**
   * @return true if the donation was counted now, false if this event had been counted before
   */
  @Transactional
  public boolean record(RecordDonationCommand command) {
    if (!processedEvents.firstDelivery(CONSUMER, command.eventId())) {
      log.info("Event {} was already counted; skipping its redelivery", command.eventId());
      return false;
    }
    funding.add(command.donation());
    return true;
  }
}
