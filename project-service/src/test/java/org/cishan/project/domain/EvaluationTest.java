package org.cishan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  static List<Map.Entry<EvaluationCriterion, Integer>> allRated(int rating) {
    List<Map.Entry<EvaluationCriterion, Integer>> ratings = new ArrayList<>();
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      ratings.add(Map.entry(criterion, rating));
    }
    return ratings;
  }

  @Test
  void ratesEveryCriterionOnce() {
    Evaluation evaluation = Evaluation.of(allRated(4), EvaluationConclusion.GOOD, "良好");

    assertThat(evaluation.ratings()).hasSize(EvaluationCriterion.values().length);
  }

  @Test
  void namesEveryCriterionRatedTwiceOutOfRangeOrLeftOut() {
    List<Map.Entry<EvaluationCriterion, Integer>> ratings =
        new ArrayList<>(allRated(3).subList(0, 3));
    ratings.add(Map.entry(EvaluationCriterion.USE_OF_FUNDS, 6));

    assertThatThrownBy(() -> Evaluation.of(ratings, EvaluationConclusion.PASS, "合格"))
        .isInstanceOf(InvalidEvaluationException.class)
        .hasMessageContaining("USE_OF_FUNDS is rated twice")
        .hasMessageContaining("USE_OF_FUNDS must be rated from 1 to 5")
        .hasMessageContaining("OUTCOMES is not rated")
        .hasMessageContaining("BENEFICIARY_SATISFACTION is not rated");
  }

  @Test
  void rectificationsAndMaterialsMoveOnlyAlongTheirPaths() {
    assertThat(RectificationStatus.OPEN.after(RectificationAction.SUBMIT))
        .isEqualTo(RectificationStatus.SUBMITTED);
    assertThat(RectificationStatus.SUBMITTED.after(RectificationAction.REOPEN))
        .isEqualTo(RectificationStatus.OPEN);
    assertThatThrownBy(() -> RectificationStatus.OPEN.after(RectificationAction.VERIFY))
        .isInstanceOf(ProjectStateException.class);
    assertThatThrownBy(() -> RectificationStatus.VERIFIED.after(RectificationAction.REOPEN))
        .isInstanceOf(ProjectStateException.class);
    assertThat(MaterialStatus.RETURNED.after(MaterialAction.SUBMIT))
        .isEqualTo(MaterialStatus.SUBMITTED);
    assertThatThrownBy(() -> MaterialStatus.MISSING.after(MaterialAction.ACCEPT))
        .isInstanceOf(ProjectStateException.class);
    assertThatThrownBy(() -> MaterialStatus.ACCEPTED.after(MaterialAction.RETURN))
        .isInstanceOf(ProjectStateException.class);
  }
}
