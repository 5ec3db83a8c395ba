package org.cishan.donation.query.projectfunding;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.cishan.donation.event.AllocationReversedEvent;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.FundsAllocatedEvent;
import org.cishan.donation.event.FundsDisbursedEvent;
import org.cishan.donation.event.ProjectStatusRecordedEvent;
import org.cishan.donation.event.RestrictionReleasedEvent;
import org.cishan.donation.query.projectfunding.ProjectFundingRepository.Column;
import org.springframework.stereotype.Component;

/**
 * The per-project allocation view: for each project and currency, the restricted money it received
 * (and what of it was refunded or released), what was allocated to it (and reversed), what was
 * disbursed; and the draws it was funded from. Its sums commit with the processor's token, so each
 * event counts once; rebuilt from the ledger on reset.
 */
@Component
@ProcessingGroup(ProjectFundingProjection.PROCESSING_GROUP)
public class ProjectFundingProjection {

  public static final String PROCESSING_GROUP = "project-funding";

  private final ProjectFundingRepository funding;

  public ProjectFundingProjection(ProjectFundingRepository funding) {
    this.funding = funding;
  }

  @EventHandler
  void on(ProjectStatusRecordedEvent event) {
    funding.saveProject(
        event.projectId(), event.status().name(), event.code(), event.title(), event.changedAt());
  }

  @EventHandler
  void on(DonationConfirmedEvent event) {
    if (event.projectId() != null) {
      funding.add(event.projectId(), event.amount(), Column.RESTRICTED_RECEIVED);
    }
  }

  @EventHandler
  void on(DonationRefundedEvent event) {
    if (event.restrictedTo() != null) {
      funding.add(event.restrictedTo(), event.amount(), Column.RESTRICTED_REFUNDED);
    }
  }

  @EventHandler
  void on(RestrictionReleasedEvent event) {
    if (event.released().minorUnits() > 0) {
      funding.add(event.projectId(), event.released(), Column.RESTRICTED_RELEASED);
    }
  }

  @EventHandler
  void on(FundsAllocatedEvent event, @Timestamp Instant allocatedAt) {
    funding.add(event.projectId(), event.amount(), Column.ALLOCATED);
    funding.insertDraws(event, allocatedAt);
  }

  @EventHandler
  void on(AllocationReversedEvent event, @Timestamp Instant reversedAt) {
    funding.add(event.projectId(), event.amount(), Column.REVERSED);
    funding.markReversed(event.allocationId(), reversedAt);
  }

  @EventHandler
  void on(FundsDisbursedEvent event) {
    funding.add(event.projectId(), event.amount(), Column.DISBURSED);
  }

  @ResetHandler
  void reset() {
    funding.clear();
  }

  @QueryHandler
  Optional<ProjectFundingView> handle(FindProjectFundingQuery query) {
    return funding.find(query.projectId());
  }

  @QueryHandler
  ProjectDrawsPage handle(FindProjectDrawsQuery query) {
    return funding.draws(query.projectId(), query.page(), query.size());
  }
}
