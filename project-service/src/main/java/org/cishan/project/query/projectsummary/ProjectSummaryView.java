package org.cishan.project.query.projectsummary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.Project;

/**
 * A project with its funding progress. {@code raised} is in the target's currency; gifts in any
 * other currency are shown apart in {@code raisedInOtherCurrencies} (never converted, never
 * dropped). {@code donationCount} counts the gifts of every currency.
 */
public record ProjectSummaryView(
    UUID projectId,
    String title,
    String description,
    Money fundraisingTarget,
    Money raised,
    List<Money> raisedInOtherCurrencies,
    long donationCount,
    Instant createdAt) {

  static ProjectSummaryView of(Project project, List<CurrencyFunding> funding) {
    String currency = project.fundraisingTarget().currency();
    Money raised =
        funding.stream()
            .map(CurrencyFunding::raised)
            .filter(m -> m.currency().equals(currency))
            .findFirst()
            .orElse(Money.zero(currency));
    List<Money> others =
        funding.stream()
            .map(CurrencyFunding::raised)
            .filter(m -> !m.currency().equals(currency))
            .sorted(Comparator.comparing(Money::currency))
            .toList();
    long donations =
        funding.stream().mapToLong(CurrencyFunding::donationCount).reduce(0, Math::addExact);
    return new ProjectSummaryView(
        project.id(),
        project.title(),
        project.description(),
        project.fundraisingTarget(),
        raised,
        others,
        donations,
        project.createdAt());
  }
}
