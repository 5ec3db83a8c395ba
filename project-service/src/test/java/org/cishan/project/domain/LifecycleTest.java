package org.cishan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which moves a project may make, and what each needs. */
class LifecycleTest {

  static final ProjectDetails COMPLETE =
      new ProjectDetails(
          "Elderly home renovation",
          null,
          ProjectCategory.ELDERLY_CARE,
          "湖南省",
          "常德市",
          "石门县",
          "维新镇",
          "石门县民政局",
          "0736-1234567",
          LocalDate.parse("2026-04-01"),
          LocalDate.parse("2027-03-31"),
          "XQ-2026-007");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "DRAFT, APPROVED",
    "APPROVED, IMPLEMENTING",
    "APPROVED, TERMINATED",
    "IMPLEMENTING, UNDER_EVALUATION",
    "IMPLEMENTING, TERMINATED",
    "UNDER_EVALUATION, CLOSED"
  })
  void allowsOnlyTheLifecyclesMoves(ProjectStatus from, ProjectStatus to) {
    assertThatCode(() -> Lifecycle.check(from, to, "因为", COMPLETE, List.of()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} ↛ {1}")
  @CsvSource({
    "DRAFT, IMPLEMENTING",
    "DRAFT, CLOSED",
    "DRAFT, TERMINATED",
    "APPROVED, CLOSED",
    "IMPLEMENTING, APPROVED",
    "UNDER_EVALUATION, TERMINATED",
    "UNDER_EVALUATION, IMPLEMENTING",
    "CLOSED, IMPLEMENTING",
    "TERMINATED, APPROVED",
    "APPROVED, APPROVED"
  })
  void refusesEveryOtherMoveSayingWhatIsPossible(ProjectStatus from, ProjectStatus to) {
    assertThatThrownBy(() -> Lifecycle.check(from, to, "因为", COMPLETE, List.of()))
        .isInstanceOfSatisfying(
            TransitionRefusedException.class,
            e ->
                assertThat(e.reasons())
                    .singleElement()
                    .satisfies(
                        reason ->
                            assertThat(reason).containsAnyOf("may only move to", "is final")));
  }

  @Nested
  class Approving {

    @Test
    void needsEveryDetailAndNamesEachThatIsMissing() {
      assertThatThrownBy(
              () ->
                  Lifecycle.check(
                      ProjectStatus.DRAFT,
                      ProjectStatus.APPROVED,
                      null,
                      ProjectDetails.NONE,
                      List.of()))
          .isInstanceOfSatisfying(
              TransitionRefusedException.class,
              e ->
                  assertThat(e.reasons())
                      .containsExactly(
                          "category is required for approval",
                          "province is required for approval",
                          "city is required for approval",
                          "county is required for approval",
                          "partnerOrganisation is required for approval",
                          "plannedStart is required for approval",
                          "plannedEnd is required for approval",
                          "approvalReference is required for approval"));
    }
  }

  @Nested
  class TerminatingAndClosing {

    @Test
    void aTerminationNeedsAReason() {
      assertThatThrownBy(
              () ->
                  Lifecycle.check(
                      ProjectStatus.IMPLEMENTING,
                      ProjectStatus.TERMINATED,
                      " ",
                      COMPLETE,
                      List.of()))
          .isInstanceOfSatisfying(
              TransitionRefusedException.class,
              e -> assertThat(e.reasons()).containsExactly("a termination needs a reason"));
    }

    @Test
    void closureIsRefusedWithEveryBlocker() {
      List<String> blockers = List.of("rectification 1 is open", "money not disbursed");

      assertThatThrownBy(
              () ->
                  Lifecycle.check(
                      ProjectStatus.UNDER_EVALUATION,
                      ProjectStatus.CLOSED,
                      null,
                      COMPLETE,
                      blockers))
          .isInstanceOfSatisfying(
              TransitionRefusedException.class, e -> assertThat(e.reasons()).isEqualTo(blockers));
    }
  }

  @Test
  void detailsRefuseAnEndBeforeTheStart() {
    assertThatThrownBy(
            () ->
                new ProjectDetails(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    LocalDate.parse("2026-04-01"),
                    LocalDate.parse("2026-03-31"),
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
