package org.cishan.donation.query.publictotals;

import java.util.List;

/**
 * Everything received so far: the number of donations and the sum per currency, ordered by currency
 * code.
 */
public record PublicTotalsView(long donationCount, List<CurrencyTotal> totals) {

  /** The confirmed donations in one currency, net of refunds, in minor units. */
  public record CurrencyTotal(String currency, long minorUnits, long donationCount) {}
}
