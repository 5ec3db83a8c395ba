package org.cishan.project.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.Project;

/**
 * A fundraising target, {@code {"minorUnits": 50000000, "currency": "CNY"}}: integer minor units,
 * never a float, at most {@link Project#MAX_TARGET_MINOR_UNITS}.
 */
public record MoneyRequest(
    @NotNull @Positive @Max(Project.MAX_TARGET_MINOR_UNITS) Long minorUnits,
    @NotNull @IsoCurrency String currency) {

  Money toMoney() {
    return new Money(minorUnits, currency);
  }
}
