package org.cishan.donation.query.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.donation.query.journal.JournalEntryView.Kind;

/** Where a donation's money went, oldest movement first. */
public record DonationTrailView(List<Step> steps) {

  /**
   * One movement of (part of) the donation's money.
   *
   * @param kind ALLOCATED (to projectId), REVERSED (given back from projectId), DISBURSED (paid to
   *     partner), REFUNDED (to the donor) or RELEASED (no longer restricted)
   * @param referenceId the allocation, disbursement or refund
   */
  public record Step(
      Instant at,
      Kind kind,
      UUID projectId,
      UUID referenceId,
      long minorUnits,
      String currency,
      String partner,
      String voucherReference) {}
}
