package org.cishan.project.query.projectsummary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.cishan.project.domain.Money;
import org.cishan.project.domain.Project;
import org.cishan.project.domain.ProjectDetails;

/**
 * A project with its funding progress. {@code raised}, {@code allocated} and {@code disbursed} are
 * in the target's currency; gifts in any other currency are shown apart in {@code
 * raisedInOtherCurrencies} (never converted, never dropped), and {@code funding} has every
 * currency's sums. {@code donationCount} counts the gifts of every currency.
 */
public record ProjectSummaryView(
    UUID projectId,
    String title,
    String description,
    Money fundraisingTarget,
    Money raised,
    List<Money> raisedInOtherCurrencies,
    Money allocated,
    Money disbursed,
    List<CurrencyFunding> funding,
    long donationCount,
    Instant createdAt,
    String status,
    ProjectDetails details) {

  static ProjectSummaryView of(
      Project project, String status, ProjectDetails details, List<CurrencyFunding> funding) {
    String currency = project.fundraisingTarget().currency();
    CurrencyFunding inTarget =
        funding.stream()
            .filter(f -> f.raised().currency().equals(currency))
            .findFirst()
            .orElse(new CurrencyFunding(Money.zero(currency), 0));
    Money raised = inTarget.raised();
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
        inTarget.allocatedMoney(),
        inTarget.disbursedMoney(),
        funding.stream()
            .sorted(Comparator.comparing((CurrencyFunding f) -> f.raised().currency()))
            .toList(),
        donations,
        project.createdAt(),
        status,
        details);
  }
}
