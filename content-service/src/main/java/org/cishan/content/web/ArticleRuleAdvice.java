package org.cishan.content.web;

import java.util.List;
import org.cishan.content.command.ArticleConflictException;
import org.cishan.content.command.EmptyBodyException;
import org.cishan.content.command.ImageTooLargeException;
import org.cishan.content.domain.ArticleTransitionRefusedException;
import org.cishan.content.domain.InvalidArticleException;
import org.cishan.content.domain.UnsupportedImageException;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.cishan.support.web.ProblemDetailsAdvice.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The news centre's refusals as problem+json: a broken article rule is a 400 naming each field; a
 * move or edit the article's state refuses is a 409 (with {@code rule}); a file that is not a JPEG,
 * PNG or WebP image is a 415; an image over the size limit a 413. Ordered before service-support's
 * advice.
 */
@RestControllerAdvice(basePackageClasses = ArticleRuleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArticleRuleAdvice {

  @ExceptionHandler(EmptyBodyException.class)
  ProblemDetail emptyBody(EmptyBodyException e) {
    return ProblemDetailsAdvice.invalid(List.of(new FieldError("body", e.getMessage())));
  }

  @ExceptionHandler(InvalidArticleException.class)
  ProblemDetail invalid(InvalidArticleException e) {
    return ProblemDetailsAdvice.invalid(
        e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
  }

  @ExceptionHandler(ArticleTransitionRefusedException.class)
  ProblemDetail refused(ArticleTransitionRefusedException e) {
    ProblemDetail problem = ProblemDetailsAdvice.conflict(e.getMessage());
    problem.setProperty("rule", "transition-not-allowed");
    return problem;
  }

  @ExceptionHandler(ArticleConflictException.class)
  ProblemDetail conflict(ArticleConflictException e) {
    ProblemDetail problem = ProblemDetailsAdvice.conflict(e.getMessage());
    problem.setProperty("rule", e.rule());
    return problem;
  }

  @ExceptionHandler(UnsupportedImageException.class)
  ProblemDetail notAnImage(UnsupportedImageException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    problem.setType(java.net.URI.create("urn:cishan:problem:unsupported-image"));
    return problem;
  }

  @ExceptionHandler(ImageTooLargeException.class)
  ProblemDetail tooLarge(ImageTooLargeException e) {
    return ImageController.tooLarge(e.getMessage());
  }
}
