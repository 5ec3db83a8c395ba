package org.cishan.project.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation report's rules: every criterion rated exactly once, from 1 (poor) to 5 (excellent),
 * and an overall conclusion with a summary.
 */
public record Evaluation(
    Map<EvaluationCriterion, Integer> ratings, EvaluationConclusion conclusion, String summary) {

  public Evaluation {
    ratings = new EnumMap<>(ratings);
  }

  /** Builds the evaluation from rated pairs, refusing a criterion rated twice or left out. */
  public static Evaluation of(
      List<Map.Entry<EvaluationCriterion, Integer>> rated,
      EvaluationConclusion conclusion,
      String summary) {
    Map<EvaluationCriterion, Integer> ratings = new EnumMap<>(EvaluationCriterion.class);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<EvaluationCriterion, Integer> rating : rated) {
      if (ratings.put(rating.getKey(), rating.getValue()) != null) {
        problems.add(rating.getKey() + " is rated twice");
      }
      if (rating.getValue() < 1 || rating.getValue() > 5) {
        problems.add(rating.getKey() + " must be rated from 1 to 5");
      }
    }
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      if (!ratings.containsKey(criterion)) {
        problems.add(criterion + " is not rated");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidEvaluationException(String.join("; ", problems));
    }
    return new Evaluation(ratings, conclusion, summary);
  }
}
