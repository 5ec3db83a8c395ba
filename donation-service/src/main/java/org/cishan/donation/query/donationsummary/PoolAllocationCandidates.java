package org.cishan.donation.query.donationsummary;

import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.cishan.donation.domain.AllocationCandidates;
import org.springframework.stereotype.Component;

/** The allocation policy's order over the donation-summaries projection's balances. */
@Component
public class PoolAllocationCandidates implements AllocationCandidates {

  private final DonationSummaryRepository summaries;

  public PoolAllocationCandidates(DonationSummaryRepository summaries) {
    this.summaries = summaries;
  }

  @Override
  public List<UUID> candidates(UUID projectId, Currency currency, int offset, int limit) {
    return summaries.candidates(projectId, currency.getCurrencyCode(), offset, limit);
  }

  @Override
  public long available(UUID projectId, Currency currency) {
    return summaries.candidatesAvailable(projectId, currency.getCurrencyCode());
  }
}
