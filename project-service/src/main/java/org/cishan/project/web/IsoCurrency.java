package org.cishan.project.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A three-letter upper-case ISO-4217 currency code such as {@code CNY}; null is left to others. */
@Constraint(validatedBy = IsoCurrencyValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCurrency {

  String message() default "must be an ISO-4217 currency code such as CNY";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
