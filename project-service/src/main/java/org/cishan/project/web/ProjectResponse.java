package org.cishan.project.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cishan.project.query.projectsummary.ProjectSummaryView;

/**
 * A project as the API shows it. {@code raisedInOtherCurrencies} (an addition to the common API)
 * holds gifts in currencies other than the target's, which are never converted or dropped.
 */
public record ProjectResponse(
    UUID projectId,
    String title,
    String description,
    MoneyResponse fundraisingTarget,
    MoneyResponse raised,
    List<MoneyResponse> raisedInOtherCurrencies,
    long donationCount,
    Instant createdAt) {

  static ProjectResponse of(ProjectSummaryView view) {
    return new ProjectResponse(
        view.projectId(),
        view.title(),
        view.description(),
        MoneyResponse.of(view.fundraisingTarget()),
        MoneyResponse.of(view.raised()),
        view.raisedInOtherCurrencies().stream().map(MoneyResponse::of).toList(),
        view.donationCount(),
        view.createdAt());
  }
}
