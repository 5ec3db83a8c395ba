package org.cishan.donation.event;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.cishan.donation.domain.Money;

/**
 * The ledger recorded a donation. Private to donation-service (the public twin is {@code
 * contracts}' DonationReceived); stored as JSON forever, so change it only additively (a new
 * nullable field reads as null from older payloads — {@code DonationReceivedEventJsonTest} pins
 * this) or with a new revision and an upcaster. When it happened is the event message's timestamp.
 *
 * @param projectId the project the gift is restricted to, or {@code null} when unrestricted
 * @param donorAccountId the donor's account when they gave signed in, else {@code null}
 * @param recordedBy the account that recorded it, {@code null} for anonymous intake
 */
@Revision("1")
public record DonationReceivedEvent(
    UUID donationId,
    String donorName,
    Money amount,
    UUID projectId,
    String donorAccountId,
    String recordedBy) {}
