package org.cishan.donation.web;

import java.time.LocalDate;
import java.util.List;
import org.cishan.donation.query.publictotals.DailyTotalsView;

/**
 * {@code {"days": [{"day": "2026-03-01", "donationCount": 2, "totals": [{"minorUnits": 30000,
 * "currency": "CNY"}]}]}}: confirmed donations by the day their money moved; empty days left out.
 */
public record DailyTotalsResponse(List<Day> days) {

  public record Day(LocalDate day, long donationCount, List<MoneyResponse> totals) {}

  static DailyTotalsResponse of(DailyTotalsView view) {
    return new DailyTotalsResponse(
        view.days().stream()
            .map(
                day ->
                    new Day(
                        day.day(),
                        day.donationCount(),
                        day.totals().stream()
                            .map(total -> new MoneyResponse(total.minorUnits(), total.currency()))
                            .toList()))
            .toList());
  }
}
