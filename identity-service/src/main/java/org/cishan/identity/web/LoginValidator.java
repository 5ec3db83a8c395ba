package org.cishan.identity.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cishan.identity.domain.Login;

/** Null is left to {@code @NotBlank}; anything else must parse as a {@link Login}. */
class LoginValidator implements ConstraintValidator<ValidLogin, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Login.parse(value).isPresent();
  }
}
