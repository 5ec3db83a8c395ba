package org.cishan.donation.web;

import java.util.List;
import org.cishan.donation.query.publictotals.PublicTotalsView;

/** {@code {"donationCount": 3, "totals": [{"minorUnits": 30000, "currency": "CNY"}]}}. */
public record PublicTotalsResponse(long donationCount, List<MoneyResponse> totals) {

  static PublicTotalsResponse of(PublicTotalsView view) {
    return new PublicTotalsResponse(
        view.donationCount(),
        view.totals().stream()
            .map(total -> new MoneyResponse(total.minorUnits(), total.currency()))
            .toList());
  }
}
