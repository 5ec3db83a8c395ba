package org.cishan.donation.web;

import java.time.Instant;
import java.util.UUID;
import org.cishan.donation.command.ReceiveDonationCommand;
import org.cishan.donation.domain.Channel;
import org.cishan.donation.domain.DonationStatus;
import org.cishan.donation.query.donationsummary.DonationSummaryView;

/**
 * A donation as the API shows it to its donor, finance and auditors; {@code projectId} null =
 * unrestricted. {@code receivedAt} is when the ledger recorded it, {@code effectiveAt} when the
 * money moved; {@code status} is PENDING, CONFIRMED or VOIDED (as the ledger answered the request
 * that recorded it, for the answer to that request).
 */
public record DonationResponse(
    UUID donationId,
    String donorName,
    MoneyResponse amount,
    UUID projectId,
    Instant receivedAt,
    String channel,
    String paymentReference,
    boolean anonymous,
    String donorIdNumber,
    String message,
    Instant effectiveAt,
    String status) {

  static DonationResponse of(ReceiveDonationCommand command, Instant receivedAt) {
    return new DonationResponse(
        command.donationId(),
        command.donorName(),
        new MoneyResponse(command.amount().minorUnits(), command.amount().currencyCode()),
        command.projectId(),
        receivedAt,
        command.channel().name(),
        command.paymentReference(),
        command.anonymous(),
        command.donorIdNumber(),
        command.message(),
        command.effectiveAt() == null ? receivedAt : command.effectiveAt(),
        command.channel() == Channel.CASH || command.channel() == Channel.OTHER
            ? DonationStatus.CONFIRMED.name()
            : DonationStatus.PENDING.name());
  }

  static DonationResponse of(DonationSummaryView view) {
    return new DonationResponse(
        view.donationId(),
        view.donorName(),
        new MoneyResponse(view.minorUnits(), view.currency()),
        view.projectId(),
        view.receivedAt(),
        view.channel(),
        view.paymentReference(),
        view.anonymous(),
        view.donorIdNumber(),
        view.message(),
        view.effectiveAt(),
        view.status());
  }
}
