package org.cishan.donation.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cishan.donation.domain.Channel;
import org.cishan.donation.domain.Money;

/**
 * Record a donation in the ledger.
 *
 * @param donationId chosen by the caller, so a retry can be recognised
 * @param projectId the project the gift is restricted to (定向捐赠), or {@code null} when unrestricted
 * @param donorAccountId the signed-in donor account giving, or {@code null} for a gift without an
 *     account; taken from the verified token, never from the request body
 * @param recordedBy the signed-in account that recorded the gift (the donor, or staff entering it),
 *     or {@code null} for anonymous intake
 * @param anonymous the donor asked not to be named in public (finance still knows the name)
 * @param donorIdNumber the donor's ID card number or unified social credit code, for the receipt;
 *     optional
 * @param effectiveAt when the money actually moved (e.g. a bank value date), or {@code null} when
 *     that is the moment the ledger records it
 */
public record ReceiveDonationCommand(
    @TargetAggregateIdentifier UUID donationId,
    String donorName,
    Money amount,
    UUID projectId,
    String donorAccountId,
    String recordedBy,
    Channel channel,
    String paymentReference,
    boolean anonymous,
    String donorIdNumber,
    String message,
    Instant effectiveAt) {

  /** An online gift with nothing but a name, an amount and maybe a project (tests, demos). */
  public ReceiveDonationCommand(
      UUID donationId,
      String donorName,
      Money amount,
      UUID projectId,
      String donorAccountId,
      String recordedBy) {
    this(
        donationId,
        donorName,
        amount,
        projectId,
        donorAccountId,
        recordedBy,
        Channel.ONLINE_PAYMENT,
        null,
        false,
        null,
        null,
        null);
  }
}
