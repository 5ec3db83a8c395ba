package org.cishan.project.messaging.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cishan.contracts.fund.AllocationReversed;
import org.cishan.contracts.fund.FundsAllocated;
import org.cishan.contracts.fund.FundsDisbursed;
import org.cishan.contracts.fund.ProjectFundEvent;
import org.cishan.project.command.RecordFundingService;
import org.cishan.project.domain.FundingChange.Kind;
import org.cishan.support.messaging.IntegrationEventConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Binding {@code fundEvents-in-0}: reads donation.project-fund-events (group project-service) and
 * applies what the ledger allocated to, reversed from and paid out for each project, once per event
 * id. Unknown event types are skipped; a failure is retried and then parked in {@code
 * project-service.project-fund-events.dlq}.
 */
@Component("fundEvents")
public class FundEventsConsumer extends IntegrationEventConsumer<ProjectFundEvent> {

  private static final Logger log = LoggerFactory.getLogger(FundEventsConsumer.class);

  private final RecordFundingService recordFunding;

  public FundEventsConsumer(RecordFundingService recordFunding, ObjectMapper objectMapper) {
    super(ProjectFundEvent.class, objectMapper);
    this.recordFunding = recordFunding;
  }

  @Override
  public void handle(ProjectFundEvent event) {
    if (event instanceof FundsAllocated allocated) {
      record(allocated, allocated.amount(), Kind.ALLOCATED);
    } else if (event instanceof AllocationReversed reversed) {
      record(reversed, reversed.amount(), Kind.REVERSED);
    } else if (event instanceof FundsDisbursed disbursed) {
      record(disbursed, disbursed.amount(), Kind.DISBURSED);
    } else if (event instanceof ProjectFundEvent.Unrecognized unknown) {
      log.info("Skipping event {} of unknown type {}", unknown.eventId(), unknown.type());
    }
  }

  private void record(ProjectFundEvent event, org.cishan.contracts.Money amount, Kind kind) {
    recordFunding.record(
        DonationEventsConsumer.command(event.eventId(), event.projectId(), amount, kind));
  }
}
