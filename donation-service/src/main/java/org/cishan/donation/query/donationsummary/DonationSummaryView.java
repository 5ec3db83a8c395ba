package org.cishan.donation.query.donationsummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One received donation.
 *
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 * @param receivedAt when the ledger recorded it, to the microsecond
 * @param donorAccountId the donor's account when they gave signed in, else {@code null}
 * @param recordedBy the account that recorded it, {@code null} for anonymous intake
 * @param channel ONLINE_PAYMENT, BANK_TRANSFER, CASH or OTHER
 * @param anonymous the donor asked not to be named in public
 * @param effectiveAt when the money moved ({@code receivedAt} unless finance said otherwise)
 * @param status PENDING, CONFIRMED or VOIDED
 * @param confirmBy when a pending donation is voided unless confirmed; null for money in hand
 * @param balance what of its money is drawn, refunded and still available
 * @param receipt its receipt, or {@code null} until issued
 */
public record DonationSummaryView(
    UUID donationId,
    String donorName,
    long minorUnits,
    String currency,
    UUID projectId,
    Instant receivedAt,
    String donorAccountId,
    String recordedBy,
    String channel,
    String paymentReference,
    boolean anonymous,
    String donorIdNumber,
    String message,
    Instant effectiveAt,
    String status,
    Instant confirmBy,
    Balance balance,
    Receipt receipt) {

  /**
   * A donation's own balance: {@code available = amount − drawn − refunded} once confirmed, else 0.
   *
   * @param restrictedTo the project its available money may go to, {@code null} when unrestricted
   *     (or released)
   */
  public record Balance(
      UUID restrictedTo, long drawnMinorUnits, long refundedMinorUnits, long availableMinorUnits) {}

  /** The number and date of the donation's charitable donation receipt. */
  public record Receipt(String receiptNumber, LocalDate issuedOn, String issuer) {}
}
