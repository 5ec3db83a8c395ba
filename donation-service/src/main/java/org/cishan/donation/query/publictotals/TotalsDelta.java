package org.cishan.donation.query.publictotals;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of confirmed donations and refunds adds to the totals, summed in memory so that the
 * batch writes one row update per currency and one per (day, currency) — not one per donation.
 */
final class TotalsDelta {

  /** A count, a sum and refunds in minor units; sums overflow loudly, never wrap. */
  record Amount(long donationCount, long minorUnits, long refundedMinorUnits) {
    Amount plus(Amount other) {
      return new Amount(
          Math.addExact(donationCount, other.donationCount),
          Math.addExact(minorUnits, other.minorUnits),
          Math.addExact(refundedMinorUnits, other.refundedMinorUnits));
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

  /** A confirmed donation whose money moved on {@code day}. */
  void add(LocalDate day, String currency, long minorUnits) {
    merge(day, currency, new Amount(1, minorUnits, 0));
  }

  /** Money given back on {@code day}; the gift still counts as one. */
  void refund(LocalDate day, String currency, long minorUnits) {
    merge(day, currency, new Amount(0, 0, minorUnits));
  }

  private void merge(LocalDate day, String currency, Amount amount) {
    byCurrency.merge(currency, amount, Amount::plus);
    byDay.merge(new DayCurrency(day, currency), amount, Amount::plus);
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
