package org.cishan.donation.query.publictotals;

import java.time.LocalDate;
import java.util.List;
import org.cishan.donation.query.publictotals.PublicTotalsView.CurrencyTotal;

/**
 * Confirmed donations per day (by when their money moved), oldest day first; empty days left out.
 */
public record DailyTotalsView(List<DayTotal> days) {

  /** One day: its sums per currency. */
  public record DayTotal(LocalDate day, List<CurrencyTotal> totals) {

    public long donationCount() {
      return totals.stream().mapToLong(CurrencyTotal::donationCount).reduce(0, Math::addExact);
    }
  }
}
