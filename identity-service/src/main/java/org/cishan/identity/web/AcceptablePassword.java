package org.cishan.identity.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The request's password satisfies {@code PasswordRules} for its login. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePasswordValidator.class)
public @interface AcceptablePassword {

  String message() default "is not an acceptable password";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
