package org.cishan.donation.web;

import java.time.Instant;
import java.util.UUID;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.query.donationsummary.DonationSummaryView;

/** A donation as the API shows it; {@code projectId} null = unrestricted. */
public record DonationResponse(
    UUID donationId, String donorName, MoneyResponse amount, UUID projectId, Instant receivedAt) {

  static DonationResponse of(ReceiveDonationCommand command, Instant receivedAt) {
    return new DonationResponse(
        command.donationId(),
        command.donorName(),
        new MoneyResponse(command.amount().minorUnits(), command.amount().currencyCode()),
        command.projectId(),
        receivedAt);
  }

  static DonationResponse of(DonationSummaryView view) {
    return new DonationResponse(
        view.donationId(),
        view.donorName(),
        new MoneyResponse(view.minorUnits(), view.currency()),
        view.projectId(),
        view.receivedAt());
  }
}
