package org.cishan.donation.web;

import java.util.List;
import java.util.UUID;
import org.cishan.donation.query.projectfunding.ProjectFundingView;

/**
 * The ledger's view of one project's money, per currency, in minor units: restricted gifts
 * received, refunded and released ({@code restrictedRaised} = received − refunded − released),
 * allocated (net of reversals), disbursed, and allocated money not yet disbursed.
 */
public record ProjectFundingResponse(
    UUID projectId, String status, String code, String title, List<Funding> money) {

  /** One currency. */
  public record Funding(
      String currency,
      long restrictedReceived,
      long restrictedRefunded,
      long restrictedReleased,
      long restrictedRaised,
      long allocated,
      long disbursed,
      long availableToDisburse) {}

  static ProjectFundingResponse of(ProjectFundingView view) {
    return new ProjectFundingResponse(
        view.projectId(),
        view.status(),
        view.code(),
        view.title(),
        view.money().stream()
            .map(
                m ->
                    new Funding(
                        m.currency(),
                        m.restrictedReceived(),
                        m.restrictedRefunded(),
                        m.restrictedReleased(),
                        m.restrictedRaised(),
                        m.allocated(),
                        m.disbursed(),
                        m.availableToDisburse()))
            .toList());
  }
}
