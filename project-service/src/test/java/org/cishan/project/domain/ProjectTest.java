package org.cishan.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

  static final Instant AT = Instant.parse("2026-03-01T08:30:00Z");

  @Nested
  class MoneyRules {

    @ParameterizedTest
    @ValueSource(strings = {"CNY", "HKD", "USD", "EUR"})
    void acceptsIsoCurrencyCodes(String code) {
      assertThat(new Money(1, code).currency()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "cny", "CN", "CNYY", ""})
    void refusesAnythingElseAsCurrency(String code) {
      assertThat(Money.isIsoCurrency(code)).isFalse();
      assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, code));
    }

    @Test
    void refusesNegativeAmounts() {
      assertThatIllegalArgumentException().isThrownBy(() -> new Money(-1, "CNY"));
    }
  }

  @Nested
  class Creating {

    @Test
    void refusesAFundraisingTargetOfZero() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> project("敬老院改造", Money.zero("CNY")))
          .withMessageContaining("target");
    }

    @Test
    void refusesABlankOrOverlongTitle() {
      assertThatIllegalArgumentException().isThrownBy(() -> project(" ", Money.cny(1)));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> project("x".repeat(Project.MAX_TITLE + 1), Money.cny(1)));
    }

    @Test
    void keepsATitleOfExactlyTheMaximumLength() {
      String title = "题".repeat(Project.MAX_TITLE);

      assertThat(project(title, Money.cny(1)).title()).isEqualTo(title);
    }

    private Project project(String title, Money target) {
      return new Project(UUID.randomUUID(), title, null, target, AT, "officer-account");
    }
  }

  @Nested
  class ChangingItsFunding {

    @Test
    void refusesAChangeOfNothing() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  new FundingChange(
                      UUID.randomUUID(), Money.zero("CNY"), FundingChange.Kind.RAISED));
    }

    @Test
    void movesTheSumItsKindNames() {
      UUID project = UUID.randomUUID();
      Money hundred = Money.cny(100);

      assertThat(new FundingChange(project, hundred, FundingChange.Kind.REFUNDED).raisedDelta())
          .isEqualTo(-100);
      assertThat(new FundingChange(project, hundred, FundingChange.Kind.REVERSED).allocatedDelta())
          .isEqualTo(-100);
      assertThat(new FundingChange(project, hundred, FundingChange.Kind.DISBURSED).disbursedDelta())
          .isEqualTo(100);
      assertThat(
              new FundingChange(project, hundred, FundingChange.Kind.RAISED).donationCountDelta())
          .isEqualTo(1);
      assertThat(
              new FundingChange(project, hundred, FundingChange.Kind.ALLOCATED)
                  .donationCountDelta())
          .isZero();
    }
  }
}
