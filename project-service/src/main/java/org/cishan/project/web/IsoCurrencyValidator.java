package org.cishan.project.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cishan.project.domain.Money;

/** Checks {@link IsoCurrency} with the same rule as the domain's {@link Money}. */
public class IsoCurrencyValidator implements ConstraintValidator<IsoCurrency, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Money.isIsoCurrency(value);
  }
}
