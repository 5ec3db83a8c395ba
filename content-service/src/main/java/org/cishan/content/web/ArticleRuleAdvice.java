package org.cishan.content.web;

import java.util.List;
import org.cishan.content.command.EmptyBodyException;
import org.cishan.content.domain.ArticleTransitionRefusedException;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A body with nothing left once sanitized is a 400 naming {@code body}; a workflow move that does
 * not exist is a 409 saying which moves do. Ordered before service-support's advice.
 */
@RestControllerAdvice(basePackageClasses = ArticleRuleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArticleRuleAdvice {

  @ExceptionHandler(EmptyBodyException.class)
  ProblemDetail emptyBody(EmptyBodyException e) {
    return ProblemDetailsAdvice.invalid(
        List.of(new ProblemDetailsAdvice.FieldError("body", e.getMessage())));
  }

  @ExceptionHandler(ArticleTransitionRefusedException.class)
  ProblemDetail refused(ArticleTransitionRefusedException e) {
    return ProblemDetailsAdvice.conflict(e.getMessage());
  }
}
