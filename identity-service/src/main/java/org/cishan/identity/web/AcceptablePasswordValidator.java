package org.cishan.identity.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.cishan.identity.domain.PasswordRules;

/** Reports each broken password rule on the password field itself. */
class AcceptablePasswordValidator
    implements ConstraintValidator<AcceptablePassword, PasswordChoice> {

  @Override
  public boolean isValid(PasswordChoice request, ConstraintValidatorContext context) {
    if (request == null) {
      return true;
    }
    List<String> violations = PasswordRules.violations(request.chosenPassword(), request.login());
    if (violations.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (String violation : violations) {
      context
          .buildConstraintViolationWithTemplate(violation)
          .addPropertyNode(request.passwordField())
          .addConstraintViolation();
    }
    return false;
  }
}
