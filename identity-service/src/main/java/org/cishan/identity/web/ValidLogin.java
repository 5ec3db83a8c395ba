package org.cishan.identity.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An e-mail address or a mainland China mobile number (see {@code Login.parse}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LoginValidator.class)
public @interface ValidLogin {

  String message() default "must be an e-mail address or a mainland China mobile number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
