package org.cishan.project.query.projectsummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.Project;
import org.cishan.project.domain.ProjectDetails;
import org.junit.jupiter.api.Test;

class ProjectSummaryViewTest {

  static final Project PROJECT =
      new Project(
          UUID.randomUUID(),
          "敬老院改造",
          "描述",
          Money.cny(50_000_000),
          Instant.parse("2026-03-01T08:30:00Z"),
          "officer-account");

  @Test
  void showsNothingRaisedInTheTargetCurrencyBeforeTheFirstDonation() {
    ProjectSummaryView view =
        ProjectSummaryView.of(PROJECT, "DRAFT", ProjectDetails.NONE, List.of());

    assertThat(view.raised()).isEqualTo(Money.zero("CNY"));
    assertThat(view.raisedInOtherCurrencies()).isEmpty();
    assertThat(view.donationCount()).isZero();
  }

  @Test
  void showsTheTargetCurrencyAsRaisedAndOtherCurrenciesApartCountingEveryGift() {
    List<CurrencyFunding> funding =
        List.of(
            new CurrencyFunding(new Money(700, "USD"), 1),
            new CurrencyFunding(Money.cny(30_000), 3),
            new CurrencyFunding(new Money(500, "HKD"), 2));

    ProjectSummaryView view = ProjectSummaryView.of(PROJECT, "DRAFT", ProjectDetails.NONE, funding);

    assertThat(view.raised()).isEqualTo(Money.cny(30_000));
    assertThat(view.raisedInOtherCurrencies())
        .containsExactly(new Money(500, "HKD"), new Money(700, "USD"));
    assertThat(view.donationCount()).isEqualTo(6);
    assertThat(view.fundraisingTarget()).isEqualTo(Money.cny(50_000_000));
    assertThat(view.projectId()).isEqualTo(PROJECT.id());
  }
}
