package org.cishan.project.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.project.domain.ProjectDetails;
import org.cishan.project.query.projectsummary.ProjectSummaryView;

/**
 * A project as the API shows it. {@code raised}, {@code allocated} and {@code disbursed} are in the
 * target's currency, as the ledger announced them; {@code raisedInOtherCurrencies} (an addition to
 * the common API) holds gifts in currencies other than the target's, which are never converted or
 * dropped, and {@code funding} has every currency's sums. {@code status} is the lifecycle status
 * (DRAFT, APPROVED, IMPLEMENTING, UNDER_EVALUATION, CLOSED, TERMINATED); {@code details} the
 * category, region, partner, planned period and approval reference.
 */
public record ProjectResponse(
    UUID projectId,
    String title,
    String description,
    MoneyResponse fundraisingTarget,
    MoneyResponse raised,
    List<MoneyResponse> raisedInOtherCurrencies,
    MoneyResponse allocated,
    MoneyResponse disbursed,
    List<FundingResponse> funding,
    long donationCount,
    Instant createdAt,
    String status,
    ProjectDetails details) {

  /** One currency's sums, in minor units. */
  public record FundingResponse(
      String currency, long raised, long allocated, long disbursed, long donationCount) {}

  static ProjectResponse of(ProjectSummaryView view) {
    return new ProjectResponse(
        view.projectId(),
        view.title(),
        view.description(),
        MoneyResponse.of(view.fundraisingTarget()),
        MoneyResponse.of(view.raised()),
        view.raisedInOtherCurrencies().stream().map(MoneyResponse::of).toList(),
        MoneyResponse.of(view.allocated()),
        MoneyResponse.of(view.disbursed()),
        view.funding().stream()
            .map(
                f ->
                    new FundingResponse(
                        f.raised().currency(),
                        f.raised().minorUnits(),
                        f.allocated(),
                        f.disbursed(),
                        f.donationCount()))
            .toList(),
        view.donationCount(),
        view.createdAt(),
        view.status(),
        view.details());
  }
}
