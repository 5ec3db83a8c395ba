package org.cishan.donation.web;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.cishan.donation.domain.DonationConflictException;
import org.cishan.donation.domain.DonationStateException;
import org.cishan.donation.domain.LedgerConflictException;
import org.cishan.donation.domain.LedgerIds;
import org.cishan.donation.domain.RuleViolationException;
import org.cishan.support.web.NotFoundException;
import org.cishan.support.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A donation id already used for other content is a 409. A domain rule the request broke (e.g. an
 * unknown currency) is the caller's mistake: 400 with the same problem shape as service-support's
 * {@link ProblemDetailsAdvice}, which has no mapping for domain exceptions (it would answer 500).
 * Ordered first, since that advice catches every Exception.
 */
@RestControllerAdvice(basePackageClasses = RuleViolationAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleViolationAdvice {

  @ExceptionHandler({DonationConflictException.class, DonationStateException.class})
  ProblemDetail conflict(RuntimeException e) {
    return ProblemDetailsAdvice.conflict(e.getMessage());
  }

  /** A money rule refused the command; the problem names it in {@code rule}. */
  @ExceptionHandler(LedgerConflictException.class)
  ProblemDetail ledgerRule(LedgerConflictException e) {
    ProblemDetail problem = ProblemDetailsAdvice.conflict(e.getMessage());
    problem.setProperty("rule", e.rule());
    return problem;
  }

  /** A command for a donation or project the ledger does not hold. */
  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail unknown(AggregateNotFoundException e) {
    return ProblemDetailsAdvice.notFound(
        new NotFoundException(
                "Donation or project",
                LedgerIds.publicIdOf(String.valueOf(e.getAggregateIdentifier())))
            .getMessage());
  }

  @ExceptionHandler(RuleViolationException.class)
  ProblemDetail ruleViolated(RuleViolationException e) {
    return ProblemDetailsAdvice.invalid(
        List.of(new ProblemDetailsAdvice.FieldError(e.field(), e.reason())));
  }
}
