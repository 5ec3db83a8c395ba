package org.cishan.project.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.cishan.project.domain.Money;

/** {@code {"minorUnits": 50000000, "currency": "CNY"}}: integer minor units, never a float. */
public record MoneyRequest(
    @NotNull @Positive Long minorUnits, @NotNull @IsoCurrency String currency) {

  Money toMoney() {
    return new Money(minorUnits, currency);
  }
}
