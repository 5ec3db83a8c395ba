package org.cishan.donation.query.publictotals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.cishan.donation.event.DonationConfirmedEvent;
import org.springframework.stereotype.Component;

/**
 * The public counter ("N 份爱心, 已捐款 ¥X"). Runs in its own streaming processor whose token is stored
 * in the same transaction as each batch of updates, so an event is counted exactly once; a reset
 * empties the table and the replay counts everything again.
 */
@Component
@ProcessingGroup(PublicTotalsProjection.PROCESSING_GROUP)
public class PublicTotalsProjection {

  public static final String PROCESSING_GROUP = "public-totals";

  private final PublicTotalsRepository totals;

  public PublicTotalsProjection(PublicTotalsRepository totals) {
    this.totals = totals;
  }

  /** Only confirmed money counts: a pending or voided donation is not on the public counter. */
  @EventHandler
  void on(DonationConfirmedEvent event) {
    totals.add(event.amount().currencyCode(), event.amount().minorUnits());
  }

  @ResetHandler
  void reset() {
    totals.clear();
  }

  @QueryHandler
  PublicTotalsView handle(FindPublicTotalsQuery query) {
    return totals.load();
  }
}
