package org.cishan.donation.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Channel;
import org.cishan.donation.domain.Money;

/**
 * The ledger recorded a donation. Private to donation-service (the public twin is {@code
 * contracts}' DonationReceived); stored as JSON forever, so change it only additively (a new
 * nullable field reads as null from older payloads — {@code DonationReceivedEventJsonTest} pins
 * this) or with a new revision and an upcaster. When the ledger recorded it is the event message's
 * timestamp; when the money moved is {@code effectiveAt}, or that same timestamp when null.
 *
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 * @param donorAccountId the donor's account when they gave signed in, else {@code null}
 * @param recordedBy the account that recorded it, {@code null} for anonymous intake
 * @param channel how the money came in; {@code null} in events recorded before channels existed
 *     (they were online gifts)
 * @param confirmBy when a pending gift is voided unless confirmed; {@code null} for money in hand
 *     (confirmed at once) and for events recorded before deadlines existed
 */
@Revision("1")
public record DonationReceivedEvent(
    UUID donationId,
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
    Instant effectiveAt,
    Instant confirmBy) {

  /** An online gift with nothing but a name, an amount and maybe a project (tests). */
  public DonationReceivedEvent(
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
        null,
        null);
  }
}
