package org.cishan.project.command;

import org.cishan.support.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the ledger's funding changes to projects, each exactly once per event. */
@Service
public class RecordFundingService {

  /** The consumer name under which handled events are remembered in {@code processed_event}. */
  public static final String CONSUMER = "project-funding";

  private static final Logger log = LoggerFactory.getLogger(RecordFundingService.class);

  private final ProcessedEvents processedEvents;
  private final FundingStore funding;

  public RecordFundingService(ProcessedEvents processedEvents, FundingStore funding) {
    this.processedEvents = processedEvents;
    this.funding = funding;
  }

  /**
   * @return true if the change was applied now, false if this event had been applied before
   */
  @Transactional
  public boolean record(RecordFundingCommand command) {
    if (!processedEvents.firstDelivery(CONSUMER, command.eventId())) {
      log.info("Event {} was already applied; skipping its redelivery", command.eventId());
      return false;
    }
    funding.apply(command.change());
    return true;
  }
}
