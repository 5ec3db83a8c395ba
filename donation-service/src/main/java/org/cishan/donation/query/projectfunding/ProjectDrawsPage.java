package org.cishan.donation.query.projectfunding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of the draws a project was funded from. */
public record ProjectDrawsPage(List<DrawView> items, long totalItems) {

  /**
   * One donation's part in one allocation.
   *
   * @param donorName {@code null} when the donor chose to stay anonymous in public
   * @param reversedAt when the allocation was reversed, else {@code null}
   */
  public record DrawView(
      UUID allocationId,
      UUID donationId,
      String donorName,
      long minorUnits,
      String currency,
      Instant allocatedAt,
      Instant reversedAt) {}
}
