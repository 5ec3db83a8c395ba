package org.cishan.donation.query.donationsummary;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.cishan.donation.domain.Channel;
import org.cishan.donation.domain.DonationStatus;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationReceivedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.cishan.donation.event.DonationVoidedEvent;
import org.cishan.donation.event.FundsDrawnEvent;
import org.cishan.donation.event.FundsReturnedEvent;
import org.cishan.donation.event.ReceiptIssuedEvent;
import org.cishan.donation.event.RestrictionReleasedEvent;
import org.cishan.donation.query.ledger.DonationLedger;
import org.springframework.stereotype.Component;

/**
 * One row per donation, for {@code GET /api/donations/{id}} and a donor's {@code GET
 * /api/donations/mine}, with its balance (drawn, refunded, available), current restriction and
 * receipt number: the unallocated pool that allocations draw from. Rebuilt from the ledger on
 * reset.
 */
@Component
@ProcessingGroup(DonationSummaryProjection.PROCESSING_GROUP)
public class DonationSummaryProjection {

  public static final String PROCESSING_GROUP = "donation-summaries";

  private final DonationSummaryRepository summaries;

  public DonationSummaryProjection(DonationSummaryRepository summaries) {
    this.summaries = summaries;
  }

  @EventHandler
  void on(DonationReceivedEvent event, @Timestamp Instant recordedAt) {
    Instant receivedAt = DonationLedger.receiptTime(recordedAt);
    Channel channel = event.channel() == null ? Channel.ONLINE_PAYMENT : event.channel();
    summaries.insert(
        new DonationSummaryView(
            event.donationId(),
            event.donorName(),
            event.amount().minorUnits(),
            event.amount().currencyCode(),
            event.projectId(),
            receivedAt,
            event.donorAccountId(),
            event.recordedBy(),
            channel.name(),
            event.paymentReference(),
            event.anonymous(),
            event.donorIdNumber(),
            event.message(),
            event.effectiveAt() == null
                ? receivedAt
                : DonationLedger.receiptTime(event.effectiveAt()),
            DonationStatus.PENDING.name(),
            event.confirmBy(),
            new DonationSummaryView.Balance(event.projectId(), 0, 0, 0),
            null));
  }

  @EventHandler
  void on(DonationConfirmedEvent event) {
    summaries.setStatus(event.donationId(), DonationStatus.CONFIRMED.name(), null);
  }

  @EventHandler
  void on(DonationVoidedEvent event) {
    summaries.setStatus(event.donationId(), DonationStatus.VOIDED.name(), event.reason());
  }

  @EventHandler
  void on(FundsDrawnEvent event) {
    summaries.addToBalance(event.donationId(), event.amount().minorUnits(), 0);
  }

  @EventHandler
  void on(FundsReturnedEvent event) {
    summaries.addToBalance(event.donationId(), -event.amount().minorUnits(), 0);
  }

  @EventHandler
  void on(DonationRefundedEvent event) {
    summaries.addToBalance(event.donationId(), 0, event.amount().minorUnits());
  }

  @EventHandler
  void on(RestrictionReleasedEvent event) {
    summaries.releaseRestriction(event.donationId());
  }

  @EventHandler
  void on(ReceiptIssuedEvent event) {
    summaries.setReceipt(
        event.donationId(),
        new DonationSummaryView.Receipt(event.receiptNumber(), event.issuedOn(), event.issuer()));
  }

  @ResetHandler
  void reset() {
    summaries.clear();
  }

  @QueryHandler
  Optional<DonationSummaryView> handle(FindDonationSummaryQuery query) {
    return summaries.find(query.donationId());
  }

  @QueryHandler
  PoolView handle(FindPoolQuery query) {
    return new PoolView(summaries.pool());
  }

  @QueryHandler
  DonationSummaryPage handle(FindPendingDonationsQuery query) {
    return summaries.pending(query.page(), query.size());
  }

  @QueryHandler
  DonationSummaryPage handle(FindDonationsOfDonorQuery query) {
    return summaries.pageOfDonor(query.donorAccountId(), query.page(), query.size());
  }
}
