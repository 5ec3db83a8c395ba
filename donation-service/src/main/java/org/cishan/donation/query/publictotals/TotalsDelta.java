package org.cishan.donation.query.publictotals;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of confirmed donations adds to the totals, summed in memory so that the batch writes
 * one row update per currency and one per (day, currency) — not one per donation.
 */
final class TotalsDelta {

  /** A count and a sum in minor units; sums overflow loudly, never wrap. */
  record Amount(long donationCount, long minorUnits) {
    Amount plus(long minorUnits) {
      return new Amount(
          Math.addExact(donationCount, 1), Math.addExact(this.minorUnits, minorUnits));
    }
  }

  /** A day and a currency. */
  record DayCurrency(LocalDate day, String currency) implements Comparable<DayCurrency> {
    @Override
    public int compareTo(DayCurrency other) {
      int byDay = day.compareTo(other.day);
      return byDay != 0 ? byDay : currency.compareTo(other.currency);
    }
  }

  private final Map<String, Amount> byCurrency = new TreeMap<>();
  private final Map<DayCurrency, Amount> byDay = new TreeMap<>();

  void add(LocalDate day, String currency, long minorUnits) {
    byCurrency.merge(currency, new Amount(1, minorUnits), (a, b) -> a.plus(minorUnits));
    byDay.merge(
        new DayCurrency(day, currency), new Amount(1, minorUnits), (a, b) -> a.plus(minorUnits));
  }

  Map<String, Amount> byCurrency() {
    return byCurrency;
  }

  Map<DayCurrency, Amount> byDay() {
    return byDay;
  }

  boolean isEmpty() {
    return byCurrency.isEmpty();
  }
}
