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
 * that recorded it, for the answer to that request); {@code receiptNumber} once issued.
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
    String status,
    BalanceResponse balance,
    String receiptNumber) {

  /**
   * What of the donation's money is drawn for projects, refunded and still available (0 until
   * confirmed); {@code restrictedTo} is the project its available money may go to, {@code null}
   * when unrestricted or released.
   */
  public record BalanceResponse(
      UUID restrictedTo, long drawnMinorUnits, long refundedMinorUnits, long availableMinorUnits) {}

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
        confirmedAtOnce(command) ? DonationStatus.CONFIRMED.name() : DonationStatus.PENDING.name(),
        new BalanceResponse(
            command.projectId(),
            0,
            0,
            confirmedAtOnce(command) ? command.amount().minorUnits() : 0),
        null);
  }

  private static boolean confirmedAtOnce(ReceiveDonationCommand command) {
    return command.channel() == Channel.CASH || command.channel() == Channel.OTHER;
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
        view.status(),
        new BalanceResponse(
            view.balance().restrictedTo(),
            view.balance().drawnMinorUnits(),
            view.balance().refundedMinorUnits(),
            view.balance().availableMinorUnits()),
        view.receipt() == null ? null : view.receipt().receiptNumber());
  }
}
