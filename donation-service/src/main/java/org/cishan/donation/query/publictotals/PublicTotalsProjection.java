package org.cishan.donation.query.publictotals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.cishan.donation.event.DonationRefundedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public counter ("N 份爱心, 已捐款 ¥X"), overall and per day. Runs in its own streaming processor
 * whose token is stored in the same transaction as each batch of updates, so an event is counted
 * exactly once; a reset empties the tables and the replay counts everything again.
 *
 * <p>Folded per batch: the confirmations of one batch are summed in memory (a resource of the
 * batch's unit of work) and written just before it commits — one row update per currency and one
 * per (day, currency), however many donations the batch holds. A day is the date, in the
 * federation's time zone ({@code cishan.ledger.time-zone}), on which the money moved.
 */
@Component
@ProcessingGroup(PublicTotalsProjection.PROCESSING_GROUP)
public class PublicTotalsProjection {

  public static final String PROCESSING_GROUP = "public-totals";
  private static final String DELTA = PublicTotalsProjection.class.getName() + ".delta";

  private final PublicTotalsRepository totals;
  private final ZoneId zone;

  public PublicTotalsProjection(
      PublicTotalsRepository totals,
      @Value("${cishan.ledger.time-zone:Asia/Shanghai}") ZoneId zone) {
    this.totals = totals;
    this.zone = zone;
  }

  /** Only confirmed money counts: a pending or voided donation is not on the public counter. */
  @EventHandler
  void on(DonationConfirmedEvent event) {
    LocalDate day = LocalDate.ofInstant(event.effectiveAt(), zone);
    deltaOfThisBatch().add(day, event.amount().currencyCode(), event.amount().minorUnits());
  }

  /** Refunded money leaves the net amount on the day it went back; the gift still counts. */
  @EventHandler
  void on(DonationRefundedEvent event, @Timestamp Instant refundedAt) {
    deltaOfThisBatch()
        .refund(
            LocalDate.ofInstant(refundedAt, zone),
            event.amount().currencyCode(),
            event.amount().minorUnits());
  }

  @ResetHandler
  void reset() {
    totals.clear();
  }

  @QueryHandler
  PublicTotalsView handle(FindPublicTotalsQuery query) {
    return totals.load();
  }

  @QueryHandler
  DailyTotalsView handle(FindDailyTotalsQuery query) {
    return totals.loadDays(query.from(), query.to());
  }

  /** The batch's sums, written once before the batch commits. */
  private TotalsDelta deltaOfThisBatch() {
    UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
    return batch.getOrComputeResource(
        DELTA,
        key -> {
          TotalsDelta delta = new TotalsDelta();
          batch.onPrepareCommit(committing -> totals.apply(delta));
          return delta;
        });
  }
}
