package org.cishan.project.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.cishan.project.domain.Evaluation;
import org.cishan.project.domain.EvaluationConclusion;
import org.cishan.project.domain.EvaluationCriterion;

/**
 * An evaluation report: {@code ratings} rates every criterion (USE_OF_FUNDS, PROGRESS,
 * MANAGEMENT_COMPLIANCE, OUTCOMES, BENEFICIARY_SATISFACTION) exactly once from 1 to 5.
 */
public record EvaluationRequest(
    @NotEmpty List<@Valid Rating> ratings,
    @NotNull EvaluationConclusion conclusion,
    @NotBlank @Size(max = 5000) String summary) {

  /** One criterion's rating. */
  public record Rating(@NotNull EvaluationCriterion criterion, @NotNull Integer rating) {}

  Evaluation toEvaluation() {
    return Evaluation.of(
        ratings.stream().map(r -> Map.entry(r.criterion(), r.rating())).toList(),
        conclusion,
        summary);
  }
}
