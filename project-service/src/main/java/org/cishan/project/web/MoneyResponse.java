package org.cishan.project.web;

import org.cishan.project.domain.Money;

/** {@code {"minorUnits": 10000, "currency": "CNY"}}: integer minor units, never a float. */
public record MoneyResponse(long minorUnits, String currency) {

  static MoneyResponse of(Money money) {
    return new MoneyResponse(money.minorUnits(), money.currency());
  }
}
