package org.cishan.donation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.cishan.donation.domain.Money;
import org.cishan.donation.domain.RuleViolationException;

/** {@code {"minorUnits": 10000, "currency": "CNY"}}; the domain checks the ISO-4217 code. */
public record MoneyRequest(@NotNull @Positive Long minorUnits, @NotBlank String currency) {

  /** The domain's money; a broken rule is reported under {@code field}, e.g. amount.currency. */
  Money toMoney(String field) {
    try {
      return Money.of(minorUnits, currency);
    } catch (RuleViolationException e) {
      throw e.within(field);
    }
  }
}
