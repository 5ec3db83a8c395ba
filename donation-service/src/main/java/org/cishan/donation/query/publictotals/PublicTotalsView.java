package org.cishan.donation.query.publictotals;

import java.util.List;

/**
 * Everything received so far: the number of donations and the sum per currency, ordered by currency
 * code.
 */
public record PublicTotalsView(long donationCount, List<CurrencyTotal> totals) {

  /** The sum of all donations in one currency, in minor units. */
  public record CurrencyTotal(String currency, long minorUnits, long donationCount) {}
}
