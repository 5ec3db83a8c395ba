package org.cishan.project.web;

import org.cishan.project.domain.InvalidEvaluationException;
import org.cishan.project.domain.ProjectStateException;
import org.cishan.project.domain.TransitionRefusedException;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused status change is a 409 whose {@code reasons} list every rule broken (each missing
 * detail, each closure blocker); a change the status does not allow is a plain 409. Ordered before
 * service-support's {@link ProblemDetailsAdvice}, which would answer 500.
 */
@RestControllerAdvice(basePackageClasses = ProjectRuleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProjectRuleAdvice {

  @ExceptionHandler(TransitionRefusedException.class)
  ProblemDetail refused(TransitionRefusedException e) {
    ProblemDetail problem = ProblemDetailsAdvice.conflict(e.getMessage());
    problem.setProperty("reasons", e.reasons());
    return problem;
  }

  @ExceptionHandler(InvalidEvaluationException.class)
  ProblemDetail invalidEvaluation(InvalidEvaluationException e) {
    return ProblemDetailsAdvice.invalid(
        java.util.List.of(new ProblemDetailsAdvice.FieldError("ratings", e.getMessage())));
  }

  @ExceptionHandler(MissingNoteException.class)
  ProblemDetail missingNote(MissingNoteException e) {
    return ProblemDetailsAdvice.invalid(
        java.util.List.of(new ProblemDetailsAdvice.FieldError("note", e.getMessage())));
  }

  @ExceptionHandler(ProjectStateException.class)
  ProblemDetail state(ProjectStateException e) {
    return ProblemDetailsAdvice.conflict(e.getMessage());
  }
}
